package io.genlab.data;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * An IDX image file and its label file, found from the PATH of an {@code idx:PATH} spec. PATH is
 * either a folder holding exactly one pair {@code NAME-images-idx3-ubyte[.gz]} +
 * {@code NAME-labels-idx1-ubyte[.gz]}, or the prefix {@code folder/NAME} of one such pair (for a
 * folder with several, e.g. {@code data/t10k}). Compressed names are preferred when both exist.
 */
public record IdxPair(Path images, Path labels) {
    private static final String IMAGES = "-images-idx3-ubyte";
    private static final String LABELS = "-labels-idx1-ubyte";

    /** Resolves PATH as described in the class comment; a {@link DatasetException} says what was missing. */
    public static IdxPair find(Path path) {
        if (Files.isDirectory(path)) {
            TreeSet<String> names = new TreeSet<>();
            try (Stream<Path> files = Files.list(path)) {
                files.map(f -> f.getFileName().toString()).filter(f -> f.contains(IMAGES))
                        .forEach(f -> names.add(f.substring(0, f.indexOf(IMAGES))));
            } catch (IOException e) {
                throw DatasetException.of(path, "cannot list the folder: " + e, e);
            }
            List<String> complete = new ArrayList<>();
            for (String n : names) if (existing(path.resolve(n + LABELS)) != null) complete.add(n);
            if (complete.size() == 1) return atPrefix(path.resolve(complete.get(0)));
            throw DatasetException.of(path, complete.isEmpty()
                    ? "no IDX pair NAME" + IMAGES + "[.gz] + NAME" + LABELS + "[.gz] in this folder"
                    : "holds several IDX pairs " + complete + "; name one as idx:" + path.resolve(complete.get(0)));
        }
        Path parent = path.toAbsolutePath().getParent();
        if (parent == null || !Files.isDirectory(parent)) {
            throw DatasetException.of(path, "neither a folder nor a prefix inside an existing folder");
        }
        return atPrefix(path);
    }

    private static IdxPair atPrefix(Path prefix) {
        Path images = existing(Path.of(prefix + IMAGES));
        Path labels = existing(Path.of(prefix + LABELS));
        if (images == null || labels == null) {
            throw DatasetException.of(prefix, "no IDX pair here: expected " + prefix.getFileName() + IMAGES + "[.gz] and "
                    + prefix.getFileName() + LABELS + "[.gz]" + (images == null ? "" : "; the label file is missing"));
        }
        return new IdxPair(images, labels);
    }

    private static Path existing(Path rawName) {
        Path gz = Path.of(rawName + ".gz");
        if (Files.isRegularFile(gz)) return gz;
        return Files.isRegularFile(rawName) ? rawName : null;
    }

    /** Loads the pair; labels become classes "0".."max label". */
    public ImageDataset load(String name) {
        int[] y = IdxReader.readLabels(labels);
        int max = 0;
        for (int v : y) max = Math.max(max, v);
        List<String> classes = new ArrayList<>();
        for (int k = 0; k <= max; k++) classes.add(Integer.toString(k));
        return IdxReader.readDataset(images, labels, name, images.toAbsolutePath().getParent().toString(), classes);
    }
}
