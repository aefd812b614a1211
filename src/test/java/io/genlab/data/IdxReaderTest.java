package io.genlab.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IdxReaderTest {
    @TempDir Path dir;

    private static final List<String> TEN = List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9");

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void readsNonSquareImagesRawAndGzip(boolean gzip) {
        IdxTestFiles.pair(dir, "toy", 5, 7, 3, 4, gzip);
        Path images = dir.resolve("toy-images-idx3-ubyte" + (gzip ? ".gz" : ""));
        assertEquals(gzip, IdxReader.isGzip(images));
        IdxImages x = IdxReader.readImages(images);
        assertEquals(5, x.count());
        assertEquals(7, x.height());
        assertEquals(3, x.width());
        assertArrayEquals(IdxTestFiles.ramp(5, 7, 3).bytes(), x.bytes());

        ImageDataset d = IdxReader.readDataset(images, dir.resolve("toy-labels-idx1-ubyte" + (gzip ? ".gz" : "")),
                "toy", "test", TEN);
        assertEquals(5, d.size());
        assertEquals(1, d.channels());
        assertEquals(7, d.height());
        assertEquals(3, d.width());
        assertEquals(3, d.label(3));
        assertEquals(0, d.label(4));
        float[] img = d.image(2);
        assertEquals(2 / 127.5f - 1f, img[0], 1e-7f);        // pixel (2, 0, 0) = 2
        assertEquals(22 / 127.5f - 1f, img[20], 1e-7f);
    }

    @Test
    void gzipIsDetectedByContentNotName() throws IOException {
        IdxWriter.writeImages(dir.resolve("plain.gz"), IdxTestFiles.ramp(2, 4, 4), false);
        IdxWriter.writeImages(dir.resolve("packed.raw"), IdxTestFiles.ramp(2, 4, 4), true);
        assertEquals(2, IdxReader.readImages(dir.resolve("plain.gz")).count());
        assertEquals(2, IdxReader.readImages(dir.resolve("packed.raw")).count());
    }

    @Test
    void pixelsMapTo_minusOne_one() {
        byte[] px = {0, (byte) 255, (byte) 128, 64};
        IdxWriter.writeImages(dir.resolve("p"), new IdxImages(1, 2, 2, px), false);
        float[] f = IdxReader.readImages(dir.resolve("p")).toFloats();
        assertEquals(-1f, f[0]);
        assertEquals(1f, f[1]);
        assertEquals(128 / 127.5f - 1, f[2], 1e-7);
    }

    @Test
    void wrongMagic() throws IOException {
        Path f = IdxTestFiles.write(dir.resolve("bad-magic"), IdxTestFiles.idx(0x12345678, new int[0], new byte[8]), false);
        assertProblem(() -> IdxReader.readImages(f), f, "wrong magic number 0x12345678");
    }

    @Test
    void labelFileWhereImagesExpected() throws IOException {
        Path f = IdxTestFiles.write(dir.resolve("labels.gz"), IdxTestFiles.idx(0x801, new int[]{3}, new byte[3]), true);
        assertProblem(() -> IdxReader.readImages(f), f, "wrong dimension count 1");
    }

    @Test
    void wrongDataType() throws IOException {
        Path f = IdxTestFiles.write(dir.resolve("floats"), IdxTestFiles.idx(0x0D03, new int[]{1, 2, 2}, new byte[16]), false);
        assertProblem(() -> IdxReader.readImages(f), f, "wrong data type 0x0d");
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void truncatedBody(boolean gzip) throws IOException {
        Path f = IdxTestFiles.write(dir.resolve("short" + gzip), IdxTestFiles.idx(0x803, new int[]{4, 5, 5}, new byte[60]), gzip);
        assertProblem(() -> IdxReader.readImages(f), f, gzip ? "truncated" : "too short");
    }

    @Test
    void truncatedGzipStream() throws IOException {
        Path whole = IdxTestFiles.write(dir.resolve("whole.gz"), IdxTestFiles.idx(0x803, new int[]{50, 8, 8},
                randomBytes(50 * 64)), true);
        byte[] bytes = Files.readAllBytes(whole);
        Path f = Files.write(dir.resolve("cut.gz"), Arrays.copyOf(bytes, bytes.length / 2));
        assertProblem(() -> IdxReader.readImages(f), f, "truncated");
    }

    @Test
    void truncatedHeader() throws IOException {
        Path f = Files.write(dir.resolve("tiny"), new byte[]{0, 0, 8, 3, 0, 0});
        assertProblem(() -> IdxReader.readImages(f), f, "truncated");
        Path g = Files.write(dir.resolve("tinier"), new byte[]{0, 0});
        assertProblem(() -> IdxReader.readLabels(g), g, "truncated");
    }

    @Test
    void extraBytesAfterData() throws IOException {
        Path f = IdxTestFiles.write(dir.resolve("long"), IdxTestFiles.idx(0x801, new int[]{3}, new byte[5]), false);
        assertProblem(() -> IdxReader.readLabels(f), f, "2 bytes after");
    }

    @Test
    void absurdSizeIsRefusedBeforeAllocating() throws IOException {
        Path f = IdxTestFiles.write(dir.resolve("huge"), IdxTestFiles.idx(0x803, new int[]{2_000_000_000, 28, 28},
                new byte[100]), false);
        assertProblem(() -> IdxReader.readImages(f), f, "more than the limit");
        Path g = IdxTestFiles.write(dir.resolve("big.gz"), IdxTestFiles.idx(0x803, new int[]{400_000, 28, 28},
                new byte[100]), true);
        assertProblem(() -> IdxReader.readImages(g), g, "too short to hold them");
        Path h = IdxTestFiles.write(dir.resolve("wide"), IdxTestFiles.idx(0x803, new int[]{1, 1, 100_000}, new byte[0]), false);
        assertProblem(() -> IdxReader.readImages(h), h, "larger than the limit");
        Path n = IdxTestFiles.write(dir.resolve("negative"), IdxTestFiles.idx(0x803, new int[]{-5, 28, 28}, new byte[0]), false);
        assertProblem(() -> IdxReader.readImages(n), n, "impossible size");
    }

    @Test
    void countMismatch() {
        IdxWriter.writeImages(dir.resolve("a-images-idx3-ubyte"), IdxTestFiles.ramp(4, 3, 3), false);
        IdxWriter.writeLabels(dir.resolve("a-labels-idx1-ubyte"), new int[]{1, 2, 3}, false);
        DatasetException e = assertThrows(DatasetException.class, () -> IdxReader.readDataset(
                dir.resolve("a-images-idx3-ubyte"), dir.resolve("a-labels-idx1-ubyte"), "a", "t", TEN));
        assertTrue(e.getMessage().contains("a-images-idx3-ubyte holds 4 images"), e.getMessage());
        assertTrue(e.getMessage().contains("a-labels-idx1-ubyte holds 3 labels"), e.getMessage());
    }

    @Test
    void labelOutsideClasses() {
        IdxWriter.writeImages(dir.resolve("i"), IdxTestFiles.ramp(2, 3, 3), false);
        IdxWriter.writeLabels(dir.resolve("l"), new int[]{1, 12}, false);
        assertProblem(() -> IdxReader.readDataset(dir.resolve("i"), dir.resolve("l"), "x", "t", TEN),
                dir.resolve("l"), "label 12 of item 1 is outside 0..9");
    }

    @Test
    void missingFileAndFolder() {
        Path f = dir.resolve("nothing-here");
        assertProblem(() -> IdxReader.readImages(f), f, "file not found");
        Path g = dir.resolve("no-such-dir").resolve("x-images-idx3-ubyte.gz");
        assertProblem(() -> IdxReader.readImages(g), g, "does not exist");
        assertProblem(() -> IdxReader.readImages(dir), dir, "is a folder");
    }

    @Test
    void writerRoundTripsAndLeavesNoTempFile() throws IOException {
        IdxTestFiles.pair(dir, "rt", 3, 2, 5, 3, true);
        assertArrayEquals(new int[]{0, 1, 2}, IdxReader.readLabels(dir.resolve("rt-labels-idx1-ubyte.gz")));
        try (var files = Files.list(dir)) {
            assertFalse(files.anyMatch(p -> p.toString().endsWith(".tmp")));
        }
    }

    static void assertProblem(Runnable r, Path file, String problem) {
        DatasetException e = assertThrows(DatasetException.class, r::run);
        assertTrue(e.getMessage().contains(file.toString()), "message should name " + file + ": " + e.getMessage());
        assertTrue(e.getMessage().contains(problem), "message should say '" + problem + "': " + e.getMessage());
    }

    private static byte[] randomBytes(int n) {
        byte[] b = new byte[n];
        new java.util.Random(1).nextBytes(b);
        return b;
    }
}
