package io.genlab.viz;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Node;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageInputStream;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.*;

class ImageFilesTest {
    @TempDir
    Path dir;

    private static BufferedImage ramp(int shift) {
        float[] chw = new float[8 * 8];
        for (int i = 0; i < chw.length; i++) {
            chw[i] = ((i * 4 + shift) % 256) / 127.5f - 1f;
        }
        return ImageTensors.toImage(chw, 1, 8, 8);
    }

    private List<Path> listDir(Path d) throws IOException {
        try (Stream<Path> s = Files.list(d)) {
            return s.toList();
        }
    }

    @Test
    void pngIsWrittenAtomicallyIntoNewFoldersAndReadsBackEqual() throws IOException {
        BufferedImage img = ramp(0);
        Path target = dir.resolve("a/b/out.png");
        ImageFiles.writePng(img, target);
        assertEquals(List.of(target), listDir(target.getParent()), "no temp file left behind");
        BufferedImage back = ImageIO.read(target.toFile());
        assertArrayEquals(ImageTensors.toTensor(img, 1), ImageTensors.toTensor(back, 1));

        BufferedImage colour = ImageTensors.toImage(new float[]{1f, -1f, -1f, 1f, -1f, -1f}, 3, 1, 2);
        ImageFiles.writePng(colour, target);   // replaces the existing file
        BufferedImage back2 = ImageIO.read(target.toFile());
        assertEquals(0xFF0000, back2.getRGB(0, 0) & 0xFFFFFF);
        assertEquals(1, listDir(target.getParent()).size());
    }

    @Test
    void unwritablePathGivesAnErrorNamingThePath() throws IOException {
        Path file = Files.writeString(dir.resolve("not-a-folder"), "x");
        Path target = file.resolve("sub/out.png");
        IOException e = assertThrows(IOException.class, () -> ImageFiles.writePng(ramp(0), target));
        assertTrue(e.getMessage().contains(target.toAbsolutePath().toString()), e.getMessage());
        assertTrue(e.getMessage().startsWith("cannot write PNG to "), e.getMessage());

        IOException g = assertThrows(IOException.class, () -> ImageFiles.writeGif(List.of(ramp(0)), 100, target));
        assertTrue(g.getMessage().contains(target.toAbsolutePath().toString()), g.getMessage());
        assertEquals("x", Files.readString(file), "the blocking file is untouched");
    }

    @Test
    void gifHasEveryFrameAndLoopsForever() throws IOException {
        List<BufferedImage> frames = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            frames.add(ramp(i * 40));
        }
        frames.add(ImageTensors.toImage(new float[3 * 8 * 8], 3, 8, 8));   // a colour frame too
        frames.set(5, withRedPixel(frames.get(5)));
        Path target = dir.resolve("anim/steps.gif");
        ImageFiles.writeGif(frames, 120, target);
        assertEquals(List.of(target), listDir(target.getParent()));

        ImageReader reader = ImageIO.getImageReadersByFormatName("gif").next();
        try (ImageInputStream in = ImageIO.createImageInputStream(target.toFile())) {
            reader.setInput(in);
            assertEquals(6, reader.getNumImages(true));
            IIOMetadataNode root = (IIOMetadataNode) reader.getImageMetadata(0).getAsTree("javax_imageio_gif_image_1.0");
            IIOMetadataNode app = (IIOMetadataNode) root.getElementsByTagName("ApplicationExtension").item(0);
            assertNotNull(app, "NETSCAPE2.0 loop extension present");
            assertEquals("NETSCAPE", app.getAttribute("applicationID"));
            assertEquals("2.0", app.getAttribute("authenticationCode"));
            byte[] loop = (byte[]) app.getUserObject();
            assertArrayEquals(new byte[]{1, 0, 0}, loop, "loop count 0 = forever");
            Node gce = root.getElementsByTagName("GraphicControlExtension").item(0);
            assertEquals("12", ((IIOMetadataNode) gce).getAttribute("delayTime"));

            // grey frames are stored exactly
            for (int i = 0; i < 5; i++) {
                BufferedImage fi = reader.read(i);
                assertArrayEquals(ImageTensors.toTensor(frames.get(i), 1), ImageTensors.toTensor(fi, 1), 1e-5f, "frame " + i);
            }
            assertEquals(0xFF0000, reader.read(5).getRGB(3, 3) & 0xFFFFFF);
        } finally {
            reader.dispose();
        }
    }

    @Test
    void gifRejectsMixedSizesAndEmptyLists() {
        Path target = dir.resolve("x.gif");
        assertThrows(IllegalArgumentException.class, () -> ImageFiles.writeGif(List.of(), 100, target));
        BufferedImage small = ImageTensors.toImage(new float[4], 1, 2, 2);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ImageFiles.writeGif(List.of(ramp(0), small), 100, target));
        assertTrue(e.getMessage().contains("frame 1"), e.getMessage());
        assertFalse(Files.exists(target));
    }

    private static BufferedImage withRedPixel(BufferedImage img) {
        BufferedImage rgb = ImageTensors.toRgb(img);
        rgb.setRGB(3, 3, 0xFF0000);
        return rgb;
    }
}
