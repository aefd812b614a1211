package io.genlab.data;

/**
 * The header of an IDX file (the MNIST container format): its element type and dimensions.
 * It says nothing about whether the data that follows is complete; {@link IdxReader} checks that.
 *
 * @param dataType   the IDX type code; GenLab reads only 0x08, unsigned byte
 * @param dimensions the sizes, outermost first: [N] for labels, [N, H, W] for images
 */
public record IdxHeader(int dataType, int[] dimensions) {
    /** IDX type code of unsigned bytes. */
    public static final int UBYTE = 0x08;

    public IdxHeader {
        dimensions = dimensions.clone();
    }

    @Override
    public int[] dimensions() { return dimensions.clone(); }

    /** The number of items (images or labels): the first dimension. */
    public int count() { return dimensions[0]; }

    /** The product of all dimensions: how many data bytes follow the header. */
    public long dataBytes() {
        long p = 1;
        for (int d : dimensions) p *= d;
        return p;
    }

    /** The length of the header itself: 4 magic bytes and 4 bytes per dimension. */
    public int headerBytes() { return 4 + 4 * dimensions.length; }

    /** The 4-byte magic number: 0, 0, type, dimension count. */
    public int magic() { return (dataType << 8) | dimensions.length; }
}
