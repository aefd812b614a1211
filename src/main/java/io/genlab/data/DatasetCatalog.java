package io.genlab.data;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Lists the datasets GenLab can load on this machine, for {@code genlab datasets} and the
 * workbench's dataset picker. It reads only file headers, so it is fast, and a damaged file is
 * reported in its entry rather than thrown.
 */
public final class DatasetCatalog {
    private DatasetCatalog() {}

    /**
     * Every Fashion-MNIST copy found (user folder, full set, bundled subset, in that order of
     * preference; the one {@code fashion}/{@code fashion-test} loads is marked active), then the
     * procedural datasets. A named user folder shadows the other copies; if it lacks a split,
     * that split's entry carries the problem.
     */
    public static List<CatalogEntry> available(DatasetLocations where) {
        List<CatalogEntry> out = new ArrayList<>();
        for (String split : List.of("train", "test")) {
            boolean activeTaken = false;
            List<Candidate> candidates = new ArrayList<>();
            where.userFolder().ifPresent(p -> candidates.add(new Candidate(p, DataOrigin.USER_FOLDER)));
            if (where.userFolder().isEmpty()) {   // a named user folder shadows the others
                candidates.add(new Candidate(where.systemFolder(), DataOrigin.SYSTEM));
                candidates.add(new Candidate(where.bundledFashion(), DataOrigin.BUNDLED));
            }
            for (Candidate c : candidates) {
                FashionMnist.Location l;
                try {
                    l = FashionMnist.locate(split, DatasetLocations.of(where.home())
                            .withUserFolder(c.folder()).withSystemFolder(where.systemFolder()));
                } catch (DatasetException e) {
                    if (c.origin() == DataOrigin.USER_FOLDER) {   // the user asked for it: say why it is unusable
                        out.add(new CatalogEntry(FashionMnist.datasetName(split), c.folder().toString(), 0, false,
                                DataOrigin.USER_FOLDER, true, e.getMessage()));
                    }
                    continue;  // nothing there
                }
                l = new FashionMnist.Location(split, l.images(), l.labels(), c.origin());
                out.add(entry(l, !activeTaken));
                activeTaken = true;
            }
        }
        out.add(new CatalogEntry("shapes", "procedural, any seed (captioned 3x32x32 shapes)",
                Shapes.DEFAULT_COUNT, true, DataOrigin.PROCEDURAL, true, ""));
        for (Toy2D.Kind k : Toy2D.Kind.values()) {
            out.add(new CatalogEntry("toy2d:" + k.key(), "procedural, any seed (2D points: " + k.description() + ")",
                    Toy2D.DEFAULT_COUNT, true, DataOrigin.PROCEDURAL, true, ""));
        }
        return List.copyOf(out);
    }

    private record Candidate(Path folder, DataOrigin origin) {}

    private static CatalogEntry entry(FashionMnist.Location l, boolean active) {
        String spec = FashionMnist.datasetName(l.split());
        try {
            int n = IdxReader.readHeader(l.images()).count();
            int m = IdxReader.readHeader(l.labels()).count();
            String problem = n == m ? "" : n + " images but " + m + " labels";
            return new CatalogEntry(spec, l.folder().toString(), n, FashionMnist.isFull(l.split(), n), l.origin(),
                    active, problem);
        } catch (DatasetException e) {
            return new CatalogEntry(spec, l.folder().toString(), 0, false, l.origin(), active, e.getMessage());
        }
    }
}
