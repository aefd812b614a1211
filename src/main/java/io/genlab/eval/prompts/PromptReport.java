package io.genlab.eval.prompts;

import io.genlab.data.ShapeKind;
import io.genlab.data.ShapesScene;
import io.genlab.train.AtomicFiles;
import io.genlab.train.Json;
import io.genlab.viz.ImageFiles;
import io.genlab.viz.Montage;
import io.genlab.viz.Theme;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The files of a prompt-fidelity evaluation: {@code prompts.json} (every number),
 * {@code prompts.md} (the table of the model beside the real renders, and where single objects
 * were drawn), {@code prompts.csv} (one row per prompt with each attribute's right checks),
 * {@code prompts.png} (prompts beside their real renders and the model's pictures) and
 * {@code places.png} (where the one-object prompts' objects were drawn, by the place asked for),
 * and the lines the command prints.
 *
 * @param model     the model's name, e.g. "unet-s-text"
 * @param run       the run folder
 * @param step      the checkpoint's training step
 * @param judgeName where the attribute judge came from
 */
public record PromptReport(String model, String run, long step, String judgeName, PromptEvaluator.Settings settings,
                           PromptEvaluator.Result result) {
    static final String MODEL = "model", REAL = "real";

    /** Every number, for {@code prompts.json}. */
    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("model", model);
        m.put("run", run);
        m.put("step", step);
        m.put("judge", judgeName);
        m.put("prompts", settings.prompts());
        m.put("prompt_seed", PromptScenes.EVAL_SEED);
        m.put("seed", settings.seed());
        m.put("sampling", new java.util.TreeMap<>(settings.sampling()));
        m.put("prompts_seen_in_training", result.seenInTraining());
        m.put("unknown_words", result.unknownWords());
        m.put("ms_per_image", Math.round(result.millisPerImage() * 10) / 10.0);
        m.put("samples", result.sampleTable().toMap());
        m.put("real_renders", result.renderTable().toMap());
        Map<String, Object> places = new LinkedHashMap<>();
        places.put(MODEL, result.samplePlacements().toMap());
        places.put(REAL, result.renderPlacements().toMap());
        m.put("places", places);
        return m;
    }

    /** What the command prints: what was scored, then the table. */
    public List<String> lines() {
        List<String> out = new ArrayList<>();
        out.add(heading());
        out.add("per-attribute accuracy against the prompt: " + MODEL + " (the model's pictures) beside " + REAL
                + " (real renders of the same scenes, the judge's ceiling)");
        out.addAll(result.sampleTable().text(MODEL, result.renderTable(), REAL));
        out.add("where the one-object prompts' objects were drawn (the judge's mean centre, x right and y down in pixels of 32, "
                + "and the share inside the place asked for):");
        out.addAll(result.samplePlacements().text(MODEL, result.renderPlacements(), REAL));
        out.addAll(notes());
        return out;
    }

    /** The files {@link #write} writes, as a user is told of them. */
    public static final String FILES = "prompts.json, prompts.md, prompts.csv, prompts.png and places.png";

    /** Writes the {@link #FILES} into {@code dir} (created if needed). */
    public void write(Path dir) throws IOException {
        Files.createDirectories(dir);
        AtomicFiles.writeString(dir.resolve("prompts.json"), Json.MAPPER.writeValueAsString(toMap()) + "\n");
        List<String> md = new ArrayList<>(List.of("# Prompt fidelity of " + model + " at step " + String.format(Locale.ROOT, "%,d", step), "",
                heading(), "", "Per-attribute accuracy against the prompt; `" + MODEL + "` is the model's pictures, `" + REAL
                        + "` the real renders of the same scenes (the judge's ceiling). Attributes are defined in "
                        + "`src/main/java/io/genlab/eval/prompts/Attribute.java`.", ""));
        md.addAll(result.sampleTable().markdown(MODEL, result.renderTable(), REAL));
        md.add("");
        for (String note : notes()) md.add("- " + note);
        md.addAll(List.of("", "## Where single objects were drawn", "", "The one-object prompts by the place they ask for: how many "
                + "drew the prompt's colour, the mean centre the judge read for it (pixels of 32, x right, y down) and the share "
                + "inside the place asked for (`places.png` plots every centre).", ""));
        md.addAll(result.samplePlacements().markdown(MODEL, result.renderPlacements(), REAL));
        AtomicFiles.writeString(dir.resolve("prompts.md"), String.join("\n", md) + "\n");
        AtomicFiles.writeString(dir.resolve("prompts.csv"), csv());
        String at = model + " at step " + String.format(Locale.ROOT, "%,d", step);
        ImageFiles.writePng(PromptPictures.render(result(), at), dir.resolve("prompts.png"));
        BufferedImage places = Montage.row(List.of(result.samplePlacements().render(at), result.renderPlacements().render("real renders")),
                16, Theme.LIGHT);
        ImageFiles.writePng(Montage.titled(Montage.column(List.of(places, Placements.key(places.getWidth(), Theme.LIGHT)), 4, Theme.LIGHT),
                "Where the one-object prompts' objects were drawn", "the centre the judge read for the prompt's colour, "
                        + "by the place the prompt asked for (the lines bound the places)", Theme.LIGHT), dir.resolve("places.png"));
    }

    /**
     * One row per prompt: its index, objects, letter objects and caption, then for the model's
     * picture and for the real render the right checks of each attribute (0 or 1 per image; up to
     * the number of objects, or of letter objects, for the per-object attributes; empty where the
     * attribute does not apply).
     */
    String csv() {
        StringBuilder s = new StringBuilder("index,objects,letters,prompt");
        for (String source : List.of(MODEL, REAL)) for (Attribute a : Attribute.values()) s.append(',').append(source).append('_').append(a.word());
        s.append('\n');
        for (int i = 0; i < result.scenes().size(); i++) {
            ShapesScene scene = result.scenes().get(i);
            long letters = scene.objects().stream().filter(o -> o.shape() == ShapeKind.LETTER).count();
            s.append(i).append(',').append(scene.objects().size()).append(',').append(letters).append(",\"").append(scene.caption()).append('"');
            for (Map<Attribute, Verdict> verdicts : List.of(result.sampleVerdicts().get(i), result.renderVerdicts().get(i))) {
                for (Attribute a : Attribute.values()) {
                    Verdict v = verdicts.get(a);
                    s.append(',').append(v == null ? "" : Integer.toString(v.right()));
                }
            }
            s.append('\n');
        }
        return s.toString();
    }

    private String heading() {
        return String.format(Locale.ROOT, "%s at step %,d (%s): %d held-out Shapes captions (prompt seed %d), one picture each, seed %d, %s; "
                        + "read by %s", model, step, run, settings.prompts(), PromptScenes.EVAL_SEED, settings.seed(),
                settings.sampling().isEmpty() ? "the model's sampling defaults" : new java.util.TreeMap<>(settings.sampling()).toString(), judgeName);
    }

    private List<String> notes() {
        List<String> out = new ArrayList<>();
        out.add(String.format(Locale.ROOT, "%.1f ms per picture; %d of %d prompts are also captions of the run's training data "
                + "(one-object captions recur: there are only 880)", result.millisPerImage(), result.seenInTraining(), settings.prompts()));
        if (!result.unknownWords().isEmpty()) {
            out.add("the model never saw the words " + String.join(", ", result.unknownWords().stream().map(w -> "'" + w + "'").toList())
                    + " (it trained on part of Shapes) and read each as <unk>");
        }
        return out;
    }
}
