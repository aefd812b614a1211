package io.genlab.data;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;

/**
 * A parsed dataset spec string, the names the CLI and the workbench use for data:
 * {@code fashion}, {@code fashion-test}, {@code shapes}, {@code toy2d:ring|spiral|moons|checkerboard},
 * {@code toy2d:file=PATH} and {@code idx:PATH}. It only parses; {@link Datasets} loads.
 *
 * @param kind     which dataset family
 * @param argument the toy2d distribution key, or the PATH of file= and idx:; empty otherwise
 */
public record DatasetSpec(Kind kind, String argument) {
    /** Every accepted form, for error messages and help. */
    public static final String VALID = "fashion, fashion-test, shapes, toy2d:ring, toy2d:spiral, toy2d:moons, "
            + "toy2d:checkerboard, toy2d:file=PATH, idx:PATH";

    /** The dataset families a spec can name. */
    public enum Kind {
        FASHION(true), FASHION_TEST(true), SHAPES(true), TOY2D(false), TOY2D_FILE(false), IDX(true);

        private final boolean images;

        Kind(boolean images) { this.images = images; }

        /** True for image datasets, false for 2D point sets. */
        public boolean images() { return images; }
    }

    public DatasetSpec {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(argument, "argument");
    }

    /** Parses a spec; anything else is a {@link DatasetException} listing the valid forms. */
    public static DatasetSpec parse(String spec) {
        if (spec == null || spec.isBlank()) throw new DatasetException("empty dataset name; valid: " + VALID);
        String s = spec.strip();
        String lower = s.toLowerCase(Locale.ROOT);
        switch (lower) {
            case "fashion": return new DatasetSpec(Kind.FASHION, "");
            case "fashion-test": return new DatasetSpec(Kind.FASHION_TEST, "");
            case "shapes": return new DatasetSpec(Kind.SHAPES, "");
            default: break;
        }
        if (lower.startsWith("toy2d:file=")) {
            return new DatasetSpec(Kind.TOY2D_FILE, path(spec, s.substring("toy2d:file=".length())));
        }
        if (lower.startsWith("toy2d:")) {
            String key = lower.substring("toy2d:".length());
            try {
                Toy2D.Kind.fromKey(key);
            } catch (DatasetException e) {
                throw new DatasetException("unknown dataset '" + spec + "'; valid: " + VALID);
            }
            return new DatasetSpec(Kind.TOY2D, key);
        }
        if (lower.startsWith("idx:")) return new DatasetSpec(Kind.IDX, path(spec, s.substring("idx:".length())));
        throw new DatasetException("unknown dataset '" + spec + "'; valid: " + VALID);
    }

    /** True if the spec names images (fashion, shapes, idx), false for 2D points. */
    public boolean isImages() { return kind.images(); }

    /**
     * Images of the same kind that a model trained on this data has not seen: Fashion-MNIST's
     * test split for {@code fashion}, else the same data (the other sets have no held-out split).
     */
    public DatasetSpec unseen() {
        return kind == Kind.FASHION ? new DatasetSpec(Kind.FASHION_TEST, "") : this;
    }

    /** The PATH of a {@code toy2d:file=} or {@code idx:} spec. */
    public Path path() {
        if (kind != Kind.TOY2D_FILE && kind != Kind.IDX) throw new IllegalStateException(this + " names no file");
        return Path.of(argument);
    }

    /** The canonical spec string, which {@link #parse} reads back. */
    @Override
    public String toString() {
        return switch (kind) {
            case FASHION -> "fashion";
            case FASHION_TEST -> "fashion-test";
            case SHAPES -> "shapes";
            case TOY2D -> "toy2d:" + argument;
            case TOY2D_FILE -> "toy2d:file=" + argument;
            case IDX -> "idx:" + argument;
        };
    }

    private static String path(String spec, String p) {
        if (p.isBlank()) throw new DatasetException("dataset '" + spec + "' names no PATH; valid: " + VALID);
        return p.strip();
    }
}
