package io.genlab.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FashionMnistTest {
    /** The worktree root, which holds the bundled datasets/ folder. */
    static final Path HOME = Path.of(System.getProperty("basedir", ".")).toAbsolutePath();

    @TempDir Path tmp;

    /** Locations that never see the machine's full set, so results do not depend on it. */
    private DatasetLocations bundledOnly() {
        return DatasetLocations.of(HOME).withSystemFolder(tmp.resolve("no-full-set"));
    }

    @Test
    void bundledSubsetLoads() {
        ImageDataset train = FashionMnist.load("train", bundledOnly());
        ImageDataset test = FashionMnist.load("test", bundledOnly());
        assertEquals(10_000, train.size());
        assertEquals(2_000, test.size());
        for (ImageDataset d : List.of(train, test)) {
            assertEquals(1, d.channels());
            assertEquals(28, d.height());
            assertEquals(28, d.width());
            assertEquals(FashionMnist.CLASS_NAMES, d.classNames());
            int[] counts = new int[10];
            for (int i = 0; i < d.size(); i++) counts[d.label(i)]++;
            for (int c : counts) assertTrue(c > d.size() / 20, "every class present");
            assertTrue(d.source().contains("bundled subset"), d.source());
            assertTrue(d.source().contains(HOME.resolve("datasets/fashion-mnist").toString()), d.source());
        }
        assertEquals("fashion", train.name());
        assertEquals("fashion-test", test.name());
        assertEquals("Ankle boot", FashionMnist.CLASS_NAMES.get(train.label(0)));   // the famous first image
    }

    @Test
    void prefersTheFullSetWhenPresent() {
        Path full = tmp.resolve("full");
        IdxTestFiles.pair(full, "train", 60_000, 28, 28, 10, true);
        IdxTestFiles.pair(full, "t10k", 3, 28, 28, 10, true);
        DatasetLocations where = DatasetLocations.of(HOME).withSystemFolder(full);
        FashionMnist.Location l = FashionMnist.locate("train", where);
        assertEquals(DataOrigin.SYSTEM, l.origin());
        ImageDataset d = FashionMnist.load("train", where);
        assertEquals(60_000, d.size());
        assertTrue(d.source().contains("system full set, full set"), d.source());
        assertEquals(DataOrigin.SYSTEM, FashionMnist.locate("test", where).origin());
    }

    @Test
    void userFolderComesFirstAndMustExist() {
        Path mine = tmp.resolve("mine");
        IdxTestFiles.pair(mine, "t10k", 12, 28, 28, 10, false);           // uncompressed names work too
        DatasetLocations where = bundledOnly().withUserFolder(mine);
        ImageDataset d = FashionMnist.load("test", where);
        assertEquals(12, d.size());
        assertTrue(d.source().contains("user folder, subset"), d.source());
        DatasetException e = assertThrows(DatasetException.class, () -> FashionMnist.load("train", where));
        assertTrue(e.getMessage().contains(mine.toString()) && e.getMessage().contains("train-images-idx3-ubyte.gz"));
        Path gone = tmp.resolve("gone");
        IdxReaderTest.assertProblem(() -> FashionMnist.load("test", bundledOnly().withUserFolder(gone)), gone,
                "does not exist");
    }

    @Test
    void nothingFoundSaysWhereItLooked() {
        DatasetLocations nowhere = DatasetLocations.of(tmp).withSystemFolder(tmp.resolve("none"));
        DatasetException e = assertThrows(DatasetException.class, () -> FashionMnist.load("train", nowhere));
        assertTrue(e.getMessage().contains("apt-get install dataset-fashion-mnist"), e.getMessage());
        assertTrue(e.getMessage().contains(tmp.resolve("datasets/fashion-mnist").toString()), e.getMessage());
        assertThrows(DatasetException.class, () -> FashionMnist.load("validation", nowhere));
    }

    @Test
    void catalogListsWhatIsThere() {
        Path full = tmp.resolve("full");
        IdxTestFiles.pair(full, "train", 60_000, 28, 28, 10, true);
        List<CatalogEntry> entries = DatasetCatalog.available(DatasetLocations.of(HOME).withSystemFolder(full));
        CatalogEntry sys = entries.get(0);
        assertEquals("fashion", sys.spec());
        assertEquals(DataOrigin.SYSTEM, sys.origin());
        assertTrue(sys.full() && sys.active() && sys.usable());
        CatalogEntry bundledTrain = entries.get(1);
        assertEquals(DataOrigin.BUNDLED, bundledTrain.origin());
        assertEquals(10_000, bundledTrain.count());
        assertTrue(!bundledTrain.full() && !bundledTrain.active());
        CatalogEntry bundledTest = entries.get(2);        // no full test split: the subset is active
        assertEquals("fashion-test", bundledTest.spec());
        assertEquals(2_000, bundledTest.count());
        assertTrue(bundledTest.active());
        assertTrue(entries.stream().anyMatch(e -> e.spec().equals("shapes")));
        assertTrue(entries.stream().anyMatch(e -> e.spec().equals("toy2d:moons")));
        for (CatalogEntry e : entries) assertTrue(DatasetSpec.parse(e.spec()) != null);
    }

    @Test
    void catalogReportsDamagedFilesWithoutThrowing() throws Exception {
        Path broken = tmp.resolve("broken");
        Files.createDirectories(broken);
        Files.write(broken.resolve("t10k-images-idx3-ubyte"), new byte[]{1, 2, 3, 4, 5});
        IdxWriter.writeLabels(broken.resolve("t10k-labels-idx1-ubyte"), new int[]{1}, false);
        List<CatalogEntry> entries = DatasetCatalog.available(bundledOnly().withUserFolder(broken));
        CatalogEntry e = entries.stream().filter(x -> x.spec().equals("fashion-test")).findFirst().orElseThrow();
        assertEquals(DataOrigin.USER_FOLDER, e.origin());
        assertTrue(e.problem().contains("wrong magic number"), e.problem());
        CatalogEntry train = entries.stream().filter(x -> x.spec().equals("fashion")).findFirst().orElseThrow();
        assertTrue(!train.usable() && train.problem().contains("no Fashion-MNIST train split"), train.problem());
    }

    @Test
    void machinesFullSetWhenInstalled() {
        assumeTrue(Files.isRegularFile(DatasetLocations.SYSTEM_FASHION.resolve("t10k-images-idx3-ubyte.gz")),
                "dataset-fashion-mnist is not installed");
        ImageDataset test = FashionMnist.load("test", DatasetLocations.of(HOME));
        assertEquals(FashionMnist.FULL_TEST, test.size());
        assertTrue(test.source().startsWith(DatasetLocations.SYSTEM_FASHION.toString()), test.source());
        ImageDataset subset = FashionMnist.load("test", bundledOnly());
        for (int i = 0; i < subset.size(); i += 97) {             // the subset is the head of the full set
            assertEquals(test.label(i), subset.label(i));
            org.junit.jupiter.api.Assertions.assertArrayEquals(test.image(i), subset.image(i));
        }
    }
}
