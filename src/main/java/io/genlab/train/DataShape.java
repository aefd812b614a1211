package io.genlab.train;

/**
 * What a model is trained on: images of C x H x W with a number of classes, or 2D points.
 *
 * @param kind       images or points
 * @param channels   C (1 grey, 3 RGB); 0 for points
 * @param height     H; 0 for points
 * @param width      W; 0 for points
 * @param numClasses number of class labels (1 where the data is unlabelled)
 * @param classNames names of the classes, numClasses of them
 */
public record DataShape(Kind kind, int channels, int height, int width, int numClasses, java.util.List<String> classNames) {
    public enum Kind { IMAGES, POINTS }

    public DataShape {
        classNames = java.util.List.copyOf(classNames);
        if (classNames.size() != numClasses) {
            throw new IllegalArgumentException(numClasses + " classes but " + classNames.size() + " class names");
        }
    }

    public static DataShape images(int channels, int height, int width, java.util.List<String> classNames) {
        return new DataShape(Kind.IMAGES, channels, height, width, classNames.size(), classNames);
    }

    public static DataShape points() {
        return new DataShape(Kind.POINTS, 0, 0, 0, 1, java.util.List.of("point"));
    }

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
        return kind == Kind.IMAGES ? channels + "x" + height + "x" + width + ", " + numClasses + " classes" : "2D points";
    }
}
