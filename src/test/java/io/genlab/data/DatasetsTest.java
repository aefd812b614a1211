package io.genlab.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DatasetsTest {
    @TempDir Path tmp;

    @ParameterizedTest
    @ValueSource(strings = {"fashion", "fashion-test", "shapes", "toy2d:ring", "toy2d:spiral", "toy2d:moons",
            "toy2d:checkerboard", "toy2d:file=/data/my points.csv", "idx:data/train"})
    void specsRoundTrip(String spec) {
        DatasetSpec s = DatasetSpec.parse(spec);
        assertEquals(spec, s.toString());
        assertEquals(s, DatasetSpec.parse(" " + spec + " "));
        assertEquals(!spec.startsWith("toy2d"), s.isImages());
    }

    @ParameterizedTest
    @ValueSource(strings = {"mnist", "toy2d:circle", "toy2d:", "idx:", "toy2d:file=", "", "fashion-train"})
    void unknownSpecListsTheValidNames(String spec) {
        DatasetException e = assertThrows(DatasetException.class, () -> DatasetSpec.parse(spec));
        assertTrue(e.getMessage().contains(DatasetSpec.VALID), e.getMessage());
    }

    @Test
    void loadsEachKindThroughOneEntryPoint() {
        DatasetLocations where = DatasetLocations.of(FashionMnistTest.HOME).withSystemFolder(tmp.resolve("none"));
        assertEquals(2_000, Datasets.loadImages("fashion-test", where, 1).size());
        PointSet p = Datasets.loadPoints("toy2d:spiral", 300, 9);
        assertEquals(300, p.size());
        assertEquals("toy2d:spiral", p.name());
        IdxTestFiles.pair(tmp, "digits", 6, 12, 10, 3, true);
        ImageDataset idx = Datasets.loadImages("idx:" + tmp, where, 1);         // a folder with one pair
        assertEquals(6, idx.size());
        assertEquals(12, idx.height());
        assertEquals(10, idx.width());
        assertEquals(java.util.List.of("0", "1", "2"), idx.classNames());
        assertEquals(6, Datasets.loadImages("idx:" + tmp.resolve("digits"), where, 1).size());   // a prefix
    }

    @Test
    void shapesSpecUsesTheSeed() {
        DatasetLocations where = DatasetLocations.of(tmp);
        ImageDataset a = Datasets.loadImages("shapes", where, 3);
        assertEquals(Shapes.DEFAULT_COUNT, a.size());
        assertEquals(Shapes.generate(5, 3).captions(), a.head(5).captions());
    }

    @Test
    void wrongFamilyAndBadIdxPathsAreClear() {
        DatasetLocations where = DatasetLocations.of(tmp);
        DatasetException e = assertThrows(DatasetException.class, () -> Datasets.loadImages("toy2d:ring", where, 1));
        assertTrue(e.getMessage().contains("not images"), e.getMessage());
        e = assertThrows(DatasetException.class, () -> Datasets.loadPoints("shapes", 10, 1));
        assertTrue(e.getMessage().contains("not 2D points"), e.getMessage());
        IdxReaderTest.assertProblem(() -> Datasets.loadImages("idx:" + tmp, where, 1), tmp, "no IDX pair");
        IdxTestFiles.pair(tmp, "a", 2, 3, 3, 2, false);
        IdxTestFiles.pair(tmp, "b", 2, 3, 3, 2, true);
        IdxReaderTest.assertProblem(() -> Datasets.loadImages("idx:" + tmp, where, 1), tmp, "several IDX pairs [a, b]");
        Path nowhere = tmp.resolve("x/y/z");
        IdxReaderTest.assertProblem(() -> Datasets.loadImages("idx:" + nowhere, where, 1), nowhere, "neither a folder");
        assertFalse(Datasets.loadImages("idx:" + tmp.resolve("b"), where, 1).source().isEmpty());
    }
}
