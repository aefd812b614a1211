package io.genlab.eval.compare;

import io.genlab.data.DatasetLocations;
import io.genlab.train.ModelRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The headline experiment, bench/specs/four-families.json: it compares what it says on equal
 * terms, and its rehearsal runs end to end on the bundled Fashion-MNIST with the shipped judge,
 * giving a report row for every model.
 */
class FourFamiliesSpecTest {
    private static final Path SPEC = Path.of("bench", "specs", "four-families.json");

    @Test
    void everyFamilyAndTheBaselineTrainOnTheWholeDataForTheSameTime() throws IOException {
        CompareSpec spec = CompareSpec.read(SPEC);
        assertEquals("fashion", spec.dataset());
        assertEquals(List.of("unet-s", "dit-s", "dcgan-s", "pixelcnn-s", "pixel-gaussian"),
                spec.models().stream().map(CompareSpec.ModelSpec::model).toList());
        Set<Double> budgets = spec.models().stream().filter(m -> !m.model().equals("pixel-gaussian"))
                .map(CompareSpec.ModelSpec::minutes).collect(Collectors.toSet());
        assertEquals(1, budgets.size(), "one wall-clock budget for every family: " + budgets);
        assertTrue(budgets.iterator().next() >= 30, "at least 30 minutes each");
        for (CompareSpec.ModelSpec m : spec.models()) {
            assertEquals(0, m.limit(), m.label() + " trains on the whole training set");
            assertEquals(64, m.batch(), m.label());
        }
        assertTrue(spec.samples() >= 500);
    }

    @Test
    void aRehearsalIsSmallButKeepsEveryModelAndSetting() throws IOException {
        CompareSpec spec = CompareSpec.read(SPEC), small = spec.rehearsal();
        assertEquals(spec.models().size(), small.models().size());
        assertEquals(spec.models().size(), small.cells().size());
        for (int i = 0; i < spec.models().size(); i++) {
            CompareSpec.ModelSpec m = spec.models().get(i), r = small.models().get(i);
            assertEquals(List.of(m.label(), m.model(), String.valueOf(m.lr())), List.of(r.label(), r.model(), String.valueOf(r.lr())));
            assertEquals(List.of(2L, 0.0, 64), List.of(r.steps(), r.minutes(), r.limit()), r.label());
            assertEquals(spec.samplingOf(m).stream().map(CompareSpec.SamplingSpec::label).toList(),
                    small.samplingOf(r).stream().map(CompareSpec.SamplingSpec::label).toList());
        }
        assertEquals(Map.of("sampler", "ddim", "steps", "2", "eta", "0", "guidance", "3"), small.sampling().get(0).options());
        assertEquals(20, small.samples());
        assertEquals(100, small.likelihoodImages(), "bits per dimension over 100 test images, not 10,000");
        assertEquals(0, CompareSpec.read(SPEC).likelihoodImages(), "the experiment itself uses the whole test split");
        assertEquals("four-families-rehearsal", small.name());
    }

    @Test
    void itsRehearsalRunsEndToEndAndReportsEveryModel(@TempDir Path out) throws IOException {
        CompareSpec small = CompareSpec.read(SPEC).rehearsal();
        Path home = Path.of("").toAbsolutePath();
        new CompareRunner(small, out, home, DatasetLocations.of(home), ModelRegistry.discover()).runAll(new CompareRunnerTest.Said());
        CompareReport.Built built = CompareReport.write(small, out);
        assertEquals(List.of(), built.missing());
        ExperimentResults results = ExperimentResults.read(out);
        assertEquals(List.of("unet-s", "dit-s", "dcgan-s", "pixelcnn-s", "pixel-gaussian"),
                results.rows().stream().map(ExperimentResults.Row::model).toList());
        for (ExperimentResults.Row r : results.rows()) {
            for (String key : List.of("conditional_accuracy", "fid", "precision", "recall", "memorised_share", "parameters",
                    "ms_per_sample", "network_evaluations_per_sample")) {
                assertNotNull(r.number(key), r.model() + " reports " + key);
            }
        }
        assertEquals(Map.of("unet-s", 4.0, "dit-s", 4.0, "dcgan-s", 1.0, "pixelcnn-s", 784.0, "pixel-gaussian", 1.0),
                results.rows().stream().collect(Collectors.toMap(ExperimentResults.Row::model,
                        r -> r.number("network_evaluations_per_sample"))), "DDIM 2 steps with guidance, one pass, one per pixel");
        assertNotNull(row(results, "pixelcnn-s").number("bits_per_dim"), "the one family with an exact likelihood");
        assertNull(row(results, "dcgan-s").number("bits_per_dim"), "a GAN has none");
        assertTrue(Files.readString(out.resolve("report.html")).contains("pixelcnn-s"));
    }

    @Test
    void theShippedReportHasARowForEveryModelAndEveryPictureItShows() throws IOException {
        Path dir = Path.of("lessons", "reports", "four-families");
        ExperimentResults results = ExperimentResults.read(dir);
        assertEquals(List.of(), results.missing());
        assertEquals(List.of("unet-s", "dit-s", "dcgan-s", "pixelcnn-s", "pixel-gaussian"),
                results.rows().stream().map(ExperimentResults.Row::model).toList());
        for (ExperimentResults.Row r : results.rows()) {
            assertTrue(Files.isRegularFile(r.folder().resolve("samples.png")), r.model() + "'s samples");
            assertTrue(r.number("training_seconds") >= 30 * 60 || r.model().equals("pixel-gaussian"), r.model() + " trained 30 minutes");
        }
        java.util.regex.Matcher img = java.util.regex.Pattern.compile("<img src=\"([^\"]+)\"").matcher(Files.readString(dir.resolve("report.html")));
        while (img.find()) assertTrue(Files.isRegularFile(dir.resolve(img.group(1))), "the report shows " + img.group(1));
        assertEquals(CompareSpec.read(SPEC).name(), results.name(), "the report of the shipped spec");
    }

    private static ExperimentResults.Row row(ExperimentResults results, String model) {
        return results.rows().stream().filter(r -> r.model().equals(model)).findFirst().orElseThrow();
    }
}
