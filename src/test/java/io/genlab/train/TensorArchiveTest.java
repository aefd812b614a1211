package io.genlab.train;

import io.genlab.data.Tensor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.CRC32;

import static org.junit.jupiter.api.Assertions.*;

class TensorArchiveTest {
    private static Map<String, Tensor> sample() {
        Map<String, Tensor> m = new LinkedHashMap<>();
        m.put("a", new Tensor(new float[]{1, -2, 3.5f, Float.MIN_VALUE, 0, 6}, new int[]{2, 3}));
        m.put("scalar", new Tensor(new float[]{42}, new int[]{}));
        m.put("empty", new Tensor(new float[0], new int[]{0, 5}));
        return m;
    }

    @Test
    void roundTrip(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("x.bin");
        TensorArchive.write(f, sample());
        Map<String, Tensor> back = TensorArchive.read(f);
        assertEquals(sample().keySet(), back.keySet());
        for (String k : sample().keySet()) {
            assertArrayEquals(sample().get(k).data(), back.get(k).data());
            assertArrayEquals(sample().get(k).shape(), back.get(k).shape());
        }
    }

    @Test
    void rejectsAFileThatIsNotAnArchive() {
        IOException e = assertThrows(IOException.class, () -> TensorArchive.decode("hello world, not tensors".getBytes(), "f.bin"));
        assertTrue(e.getMessage().startsWith("f.bin: not a GenLab tensor archive"), e.getMessage());
    }

    @Test
    void rejectsFlippedBytes() {
        byte[] bytes = TensorArchive.encode(sample());
        bytes[20] ^= 0x40;
        IOException e = assertThrows(IOException.class, () -> TensorArchive.decode(bytes, "f.bin"));
        assertTrue(e.getMessage().contains("damaged"), e.getMessage());
    }

    @Test
    void rejectsAHugeDeclaredShapeBeforeAllocating() throws IOException {
        // A well-formed checksum around a header that claims a 2^31-element tensor.
        ByteBuffer b = ByteBuffer.allocate(8 + 4 + 4 + 1 + 4 + 8 + 8).order(ByteOrder.LITTLE_ENDIAN);
        b.put("GLTENSR1".getBytes()).putInt(1).putInt(1).put((byte) 'x').putInt(2).putInt(65536).putInt(32768);
        CRC32 crc = new CRC32();
        crc.update(b.array(), 0, b.position());
        b.putLong(crc.getValue());
        byte[] bytes = Arrays.copyOf(b.array(), b.position());
        IOException e = assertThrows(IOException.class, () -> TensorArchive.decode(bytes, "f.bin"));
        assertTrue(e.getMessage().contains("larger than the file"), e.getMessage());
    }

    @Test
    void missingFileIsNamed(@TempDir Path dir) {
        IOException e = assertThrows(IOException.class, () -> TensorArchive.read(dir.resolve("nope.bin")));
        assertTrue(e.getMessage().contains("nope.bin"), e.getMessage());
        assertFalse(Files.exists(dir.resolve("nope.bin")));
    }
}
