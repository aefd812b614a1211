package io.genlab.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PointsCsvTest {
    @TempDir Path dir;

    @Test
    void readsPointsWithHeaderCommentsAndBlanks() throws IOException {
        Path f = Files.writeString(dir.resolve("p.csv"), "x,y\n# my points\n0.5,-0.25\n\n 1e-1 , 2\n-.5,+3.\n");
        PointSet p = PointsCsv.read(f);
        assertEquals(3, p.size());
        assertArrayEquals(new float[]{0.5f, -0.25f, 0.1f, 2f, -0.5f, 3f}, p.points());
        assertEquals("toy2d:file=" + f, p.name());
        PointSet viaSpec = Datasets.loadPoints("toy2d:file=" + f, 999, 1);
        assertArrayEquals(p.points(), viaSpec.points());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "0,0\\n1;2\\n | line 2 | two numbers",
            "0,0\\n1,2,3\\n | line 2 | found 3 fields",
            "1,abc\\n | line 1 | y 'abc' is not a decimal number",
            "x,y\\n# c\\n0,0\\nNaN,1\\n | line 4 | x 'NaN' is not a decimal number",
            "0,0\\n1,1e99\\n | line 2 | too large",
            "0,0\\n,1\\n | line 2 | x '' is not",
            "0,0\\n0x10,1\\n | line 2 | x '0x10'",
            "0,0\\nx,y\\n | line 2 | x 'x' is not"})
    void badLinesNameFileAndLine(String content, String line, String problem) throws IOException {
        Path f = Files.writeString(dir.resolve("bad.csv"), content.replace("\\n", "\n"));
        DatasetException e = assertThrows(DatasetException.class, () -> PointsCsv.read(f));
        assertTrue(e.getMessage().startsWith(f + ", " + line + ":"), e.getMessage());
        assertTrue(e.getMessage().contains(problem), e.getMessage());
    }

    @Test
    void emptyAndMissingFiles() throws IOException {
        Path empty = Files.writeString(dir.resolve("empty.csv"), "# nothing\n\n");
        IdxReaderTest.assertProblem(() -> PointsCsv.read(empty), empty, "holds no points");
        Path missing = dir.resolve("missing.csv");
        IdxReaderTest.assertProblem(() -> PointsCsv.read(missing), missing, "file not found");
        IdxReaderTest.assertProblem(() -> PointsCsv.read(dir), dir, "is a folder");
    }
}
