package io.genlab.train;

/**
 * What a model is trained on: images of C x H x W with a number of classes, or 2D points, and
 * the words of the images' captions where they have them (the vocabulary of a text-conditioned
 * model, kept in its checkpoints).
 *
 * @param kind       images or points
 * @param channels   C (1 grey, 3 RGB); 0 for points
 * @param height     H; 0 for points
 * @param width      W; 0 for points
 * @param numClasses number of class labels (1 where the data is unlabelled)
 * @param classNames names of the classes, numClasses of them
 * @param vocabulary every word of the captions, sorted; empty where the data has no captions
 */
public record DataShape(Kind kind, int channels, int height, int width, int numClasses, java.util.List<String> classNames,
                        java.util.List<String> vocabulary) {
    public enum Kind { IMAGES, POINTS }

    public DataShape {
        classNames = java.util.List.copyOf(classNames);
        vocabulary = java.util.List.copyOf(vocabulary);
        if (classNames.size() != numClasses) {
            throw new IllegalArgumentException(numClasses + " classes but " + classNames.size() + " class names");
        }
    }

    public static DataShape images(int channels, int height, int width, java.util.List<String> classNames) {
        return images(channels, height, width, classNames, java.util.List.of());
    }

    /** Captioned images: {@code vocabulary} holds every word of the captions. */
    public static DataShape images(int channels, int height, int width, java.util.List<String> classNames,
                                   java.util.List<String> vocabulary) {
        return new DataShape(Kind.IMAGES, channels, height, width, classNames.size(), classNames, vocabulary);
    }

    public static DataShape points() {
        return new DataShape(Kind.POINTS, 0, 0, 0, 1, java.util.List.of("point"), java.util.List.of());
    }

    /** True if the data has captions, so a text-conditioned model can learn it. */
    public boolean captioned() { return !vocabulary.isEmpty(); }

    /**
     * Reads a data shape from a manifest, strictly, as {@link Json} reads everything; manifests
     * written before captions were kept have no {@code vocabulary}, which reads as empty.
     */
    @com.fasterxml.jackson.annotation.JsonCreator(mode = com.fasterxml.jackson.annotation.JsonCreator.Mode.DELEGATING)
    static DataShape fromJson(com.fasterxml.jackson.databind.node.ObjectNode node)
            throws com.fasterxml.jackson.core.JsonProcessingException {
        com.fasterxml.jackson.databind.node.ObjectNode full = node.deepCopy();
        if (!full.has("vocabulary")) full.putArray("vocabulary");
        Stored s = Json.MAPPER.treeToValue(full, Stored.class);
        return new DataShape(s.kind, s.channels, s.height, s.width, s.numClasses, s.classNames, s.vocabulary);
    }

    /** The JSON form of a data shape, every key required. */
    private record Stored(Kind kind, int channels, int height, int width, int numClasses, java.util.List<String> classNames,
                          java.util.List<String> vocabulary) {}

    /** Values per example: C*H*W for images, 2 for points. */
    public int exampleSize() {
        return kind == Kind.IMAGES ? channels * height * width : 2;
    }

    /** Shape of a batch of n examples: [n, C, H, W] or [n, 2]. */
    public int[] batchShape(int n) {
        return kind == Kind.IMAGES ? new int[]{n, channels, height, width} : new int[]{n, 2};
    }

    @Override
    public String toString() {
        if (kind == Kind.POINTS) return "2D points";
        return channels + "x" + height + "x" + width + ", " + numClasses + " classes" + (captioned() ? ", captions of " + vocabulary.size() + " words" : "");
    }
}
