package io.genlab.eval.compare;

import io.genlab.data.DatasetLocations;
import io.genlab.eval.Evaluator;
import io.genlab.eval.KindsData;
import io.genlab.eval.judge.JudgeData;
import io.genlab.eval.judge.JudgeTrainer;
import io.genlab.train.Json;
import io.genlab.train.ModelRegistry;
import io.genlab.train.TrainingListener;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.*;

/** An experiment of two small models on 8x8 images of three easy kinds, run whole, resumed, and cell by cell. */
class CompareRunnerTest {
    @TempDir
    static Path home;
    static CompareSpec spec;

    @BeforeAll
    static void dataJudgeAndSpec() throws IOException {
        KindsData.writeIdx(home.resolve("kinds"), 600, 1);
        String dataset = "idx:" + home.resolve("kinds");
        JudgeTrainer.train(JudgeData.load(dataset, null, where()), new JudgeTrainer.Settings(2, 32, 3e-3, 1), "test",
                (e, es, s, ss, l) -> { }, () -> false).save(home.resolve("judge"));
        spec = CompareSpec.parse(Json.MAPPER.readTree("""
                {"name": "tiny", "about": "two baselines", "dataset": "%s", "judge": "judge", "samples": 20, "seeds": [1, 2],
                 "models": [{"label": "short", "model": "pixel-gaussian", "steps": 20, "checkpoints": [10]},
                            {"label": "long", "model": "pixel-gaussian", "steps": 60}]}""".formatted(dataset.replace("\\", "\\\\"))));
    }

    private static DatasetLocations where() {
        return DatasetLocations.of(home).withSystemFolder(home.resolve("no-full-set"));
    }

    /** Records what the runner says. */
    static final class Said implements CompareRunner.Listener {
        final List<String> lines = new ArrayList<>();

        @Override public void cell(CompareSpec.Cell cell, int of, String what) { lines.add(cell.number() + "/" + of + " " + what); }

        @Override public TrainingListener training() { return e -> { }; }

        @Override public Evaluator.Progress scoring() { return (s, d, t) -> { }; }
    }

    private static CompareRunner runner(Path out) throws IOException {
        return new CompareRunner(spec, out, home, where(), ModelRegistry.discover());
    }

    /** results.csv without the columns that are wall-clock times. */
    private static List<String> timeless(Path out) throws IOException {
        List<String> lines = Files.readAllLines(out.resolve("results.csv"));
        List<String> header = Arrays.asList(lines.get(0).split(","));
        int a = header.indexOf("training_seconds"), b = header.indexOf("ms_per_sample");
        List<String> rows = new ArrayList<>();
        for (String l : lines) {
            List<String> cols = new ArrayList<>(Arrays.asList(l.split(",", -1)));
            cols.remove(Math.max(a, b));
            cols.remove(Math.min(a, b));
            rows.add(String.join(",", cols));
        }
        return rows;
    }

    @Test
    void aWholeRunWritesEveryRowAndAReportWhoseImagesAllExist() throws IOException {
        Path out = home.resolve("whole");
        runner(out).runAll(new Said());
        CompareReport.Built built = CompareReport.write(spec, out);
        assertEquals(List.of(), built.missing());
        assertEquals(2 * 2 + 2, built.rows(), "short: 2 seeds x 2 checkpoints; long: 2 seeds x 1");
        assertEquals(1 + 6, Files.readAllLines(out.resolve("results.csv")).size());
        String html = Files.readString(out.resolve("report.html"));
        Matcher img = Pattern.compile("<img src=\"([^\"]+)\"").matcher(html);
        int images = 0;
        while (img.find()) {
            assertTrue(Files.isRegularFile(out.resolve(img.group(1))), "the report shows " + img.group(1));
            images++;
        }
        assertTrue(images >= 6 + 6 + 2, "charts, samples and memorisation panels: " + images);
        assertTrue(html.contains("loss.png") && html.contains("quality-vs-time.png") && html.contains("cost.png"), html);
        assertTrue(html.contains("not with FID values in papers"));
    }

    @Test
    void aResumedExperimentSkipsFinishedCells() throws IOException {
        Path out = home.resolve("resumed");
        runner(out).runAll(new Said());
        Path first = out.resolve("cells").resolve(spec.cells().get(0).folder()).resolve(CellResult.FILE);
        String before = Files.readString(first);
        Files.setLastModifiedTime(first, java.nio.file.attribute.FileTime.fromMillis(1_000));
        Files.delete(out.resolve("cells").resolve(spec.cells().get(3).folder()).resolve(CellResult.FILE));
        Said said = new Said();
        List<CompareSpec.Cell> ran = runner(out).runAll(said);
        assertEquals(List.of(4), ran.stream().map(CompareSpec.Cell::number).toList());
        assertTrue(said.lines.contains("1/4 finished before, skipped"), said.lines.toString());
        assertEquals(1_000, Files.getLastModifiedTime(first).toMillis(), "cell 1 was not touched");
        assertEquals(before, Files.readString(first));
    }

    @Test
    void cellsRunOneByOneAndMergedGiveTheSameTableAsAWholeRun() throws IOException {
        Path whole = home.resolve("whole-again"), parts = home.resolve("parts");
        runner(whole).runAll(new Said());
        CompareReport.write(spec, whole);
        for (int cell = spec.cells().size(); cell >= 1; cell--) {
            runner(parts).runCell(cell, new Said());
            if (cell == 3) assertEquals(List.of(1, 2), CompareReport.write(spec, parts).missing(), "a merge so far names the missing cells");
        }
        CompareReport.write(spec, parts);
        assertEquals(timeless(whole), timeless(parts));
    }

    @Test
    void aFolderOfAnotherExperimentIsRefused() throws IOException {
        Path out = home.resolve("other");
        Files.createDirectories(out);
        Files.writeString(out.resolve(CompareRunner.SPEC), "{\"name\": \"something else\"}");
        IOException e = assertThrows(IOException.class, () -> runner(out));
        assertTrue(e.getMessage().contains("another experiment"), e.getMessage());
    }
}
