package io.genlab.viz;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOInvalidTreeException;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.FileImageOutputStream;
import javax.imageio.stream.ImageOutputStream;
import java.awt.image.BufferedImage;
import java.awt.image.IndexColorModel;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Objects;

/**
 * Writes images to PNG and animated GIF files atomically; it does not read files or decide names.
 *
 * <p>Every write goes to a temporary file in the target's own folder, is flushed to disk, and is then
 * renamed over the target ({@code ATOMIC_MOVE}, {@code REPLACE_EXISTING}), so a reader never sees a
 * half-written file and a failed write never damages an existing one. Missing parent folders are
 * created. Failures are {@link IOException}s whose message names the target path.
 */
public final class ImageFiles {
    private static final String GIF_METADATA = "javax_imageio_gif_image_1.0";

    private ImageFiles() {
    }

    /** Writes {@code image} as a PNG to {@code target}, replacing any existing file. */
    public static void writePng(BufferedImage image, Path target) throws IOException {
        Objects.requireNonNull(image, "image");
        writeAtomically(target, "PNG", out -> {
            if (!ImageIO.write(image, "png", out)) {
                throw new IOException("no PNG writer accepts images of type " + image.getType());
            }
        });
    }

    /**
     * Writes {@code frames} as an animated GIF that loops forever, showing each frame for
     * {@code delayMillis} (GIF stores hundredths of a second, so the delay is rounded to 10 ms, at least 10).
     * Frames made only of greys are stored exactly with a 256-grey palette; colour frames are reduced to
     * 256 colours by the GIF writer. All frames must have the same size.
     */
    public static void writeGif(List<BufferedImage> frames, int delayMillis, Path target) throws IOException {
        Objects.requireNonNull(frames, "frames");
        if (frames.isEmpty()) {
            throw new IllegalArgumentException("an animated GIF needs at least one frame: " + target);
        }
        if (delayMillis < 0) {
            throw new IllegalArgumentException("frame delay must not be negative, got " + delayMillis + " ms");
        }
        int w = frames.get(0).getWidth(), h = frames.get(0).getHeight();
        for (int i = 0; i < frames.size(); i++) {
            BufferedImage f = Objects.requireNonNull(frames.get(i), "frame " + i);
            if (f.getWidth() != w || f.getHeight() != h) {
                throw new IllegalArgumentException("GIF frame " + i + " is " + f.getWidth() + "x" + f.getHeight()
                        + " but frame 0 is " + w + "x" + h);
            }
        }
        int hundredths = Math.max(1, Math.round(delayMillis / 10f));
        writeAtomically(target, "GIF", out -> writeGifFrames(frames, hundredths, out));
    }

    private interface StreamWriter {
        void write(ImageOutputStream out) throws IOException;
    }

    private static void writeAtomically(Path target, String kind, StreamWriter writer) throws IOException {
        Objects.requireNonNull(target, "target");
        Path absolute = target.toAbsolutePath();
        Path dir = absolute.getParent();
        Path tmp = null;
        try {
            Files.createDirectories(dir);
            tmp = Files.createTempFile(dir, "." + absolute.getFileName() + ".", ".tmp");
            try (RandomAccessFile file = new RandomAccessFile(tmp.toFile(), "rw");
                 ImageOutputStream out = new FileImageOutputStream(file)) {
                writer.write(out);
                out.flush();
                file.getFD().sync();
            }
            Files.move(tmp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            tmp = null;
        } catch (IOException e) {
            throw new IOException("cannot write " + kind + " to " + absolute + ": " + describe(e), e);
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // the write already failed; that error is the one worth reporting
                }
            }
        }
    }

    private static String describe(IOException e) {
        String what = e.getClass().getSimpleName().replace("Exception", "").replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase();
        return e.getMessage() == null ? what : what + " (" + e.getMessage() + ")";
    }

    private static void writeGifFrames(List<BufferedImage> frames, int hundredths, ImageOutputStream out) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("gif").next();
        try {
            writer.setOutput(out);
            writer.prepareWriteSequence(null);
            for (int i = 0; i < frames.size(); i++) {
                BufferedImage frame = toGifFrame(frames.get(i));
                ImageWriteParam param = writer.getDefaultWriteParam();
                IIOMetadata meta = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(frame), param);
                setFrameMetadata(meta, frame, hundredths, i == 0);
                writer.writeToSequence(new IIOImage(frame, null, meta), param);
            }
            writer.endWriteSequence();
        } finally {
            writer.dispose();
        }
    }

    /** Grey-only frames become an exact 256-grey indexed image; anything else becomes RGB. */
    private static BufferedImage toGifFrame(BufferedImage image) {
        BufferedImage rgb = image.getType() == BufferedImage.TYPE_INT_RGB ? image : ImageTensors.toRgb(image);
        int w = rgb.getWidth(), h = rgb.getHeight();
        int[] px = rgb.getRaster().getPixels(0, 0, w, h, (int[]) null);   // [H, W, 3]
        byte[] grey = new byte[w * h];
        for (int p = 0; p < w * h; p++) {
            if (px[3 * p] != px[3 * p + 1] || px[3 * p] != px[3 * p + 2]) {
                return rgb;
            }
            grey[p] = (byte) px[3 * p];
        }
        byte[] ramp = new byte[256];
        for (int i = 0; i < 256; i++) {
            ramp[i] = (byte) i;
        }
        BufferedImage indexed = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_INDEXED,
                new IndexColorModel(8, 256, ramp, ramp, ramp));
        indexed.getRaster().setDataElements(0, 0, w, h, grey);
        return indexed;
    }

    private static void setFrameMetadata(IIOMetadata meta, BufferedImage frame, int hundredths, boolean first)
            throws IIOInvalidTreeException {
        IIOMetadataNode root = (IIOMetadataNode) meta.getAsTree(GIF_METADATA);
        if (frame.getColorModel() instanceof IndexColorModel icm) {
            // without an explicit local table the writer pairs these indices with another frame's palette
            IIOMetadataNode table = child(root, "LocalColorTable");
            table.setAttribute("sizeOfLocalColorTable", Integer.toString(icm.getMapSize()));
            table.setAttribute("sortFlag", "FALSE");
            for (int k = 0; k < icm.getMapSize(); k++) {
                IIOMetadataNode entry = new IIOMetadataNode("ColorTableEntry");
                entry.setAttribute("index", Integer.toString(k));
                entry.setAttribute("red", Integer.toString(icm.getRed(k)));
                entry.setAttribute("green", Integer.toString(icm.getGreen(k)));
                entry.setAttribute("blue", Integer.toString(icm.getBlue(k)));
                table.appendChild(entry);
            }
        }
        IIOMetadataNode gce = child(root, "GraphicControlExtension");
        gce.setAttribute("disposalMethod", "none");
        gce.setAttribute("userInputFlag", "FALSE");
        gce.setAttribute("transparentColorFlag", "FALSE");
        gce.setAttribute("delayTime", Integer.toString(hundredths));
        gce.setAttribute("transparentColorIndex", "0");
        if (first) {
            IIOMetadataNode app = new IIOMetadataNode("ApplicationExtension");
            app.setAttribute("applicationID", "NETSCAPE");
            app.setAttribute("authenticationCode", "2.0");
            app.setUserObject(new byte[]{1, 0, 0});    // sub-block 1, loop count 0 = forever (little endian)
            child(root, "ApplicationExtensions").appendChild(app);
        }
        meta.setFromTree(GIF_METADATA, root);
    }

    private static IIOMetadataNode child(IIOMetadataNode parent, String name) {
        for (int i = 0; i < parent.getLength(); i++) {
            if (parent.item(i).getNodeName().equalsIgnoreCase(name)) {
                return (IIOMetadataNode) parent.item(i);
            }
        }
        IIOMetadataNode node = new IIOMetadataNode(name);
        parent.appendChild(node);
        return node;
    }
}
