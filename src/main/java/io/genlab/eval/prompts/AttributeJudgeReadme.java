package io.genlab.eval.prompts;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The {@code README.md} of an attribute judge folder, written from its card so the two always agree. */
final class AttributeJudgeReadme {
    private AttributeJudgeReadme() {}

    static String text(String folder, AttributeJudgeCard c) {
        StringBuilder s = new StringBuilder();
        s.append("# ").append(folder).append(": the Shapes attribute judge\n\n");
        s.append("The network `genlab eval --prompts` reads generated Shapes pictures with. It reads a picture colour by\n")
                .append("colour: for each of the 8 colours, whether an object of that colour is there and, if so, its kind\n")
                .append("(circle, square, triangle, letter), its letter, its size and its centre. Each prompt is then checked\n")
                .append("attribute by attribute against that reading (`src/main/java/io/genlab/eval/prompts/PromptFidelity.java`).\n\n");
        s.append(String.format(Locale.ROOT, "A small CNN with a spatial soft-argmax per colour (%,d parameters, trunk width %d; layout in\n",
                c.parameters(), c.width()));
        s.append("`src/main/java/io/genlab/eval/prompts/AttributeNet.java`), trained by GenLab on Shapes scenes rendered fresh\n");
        s.append(String.format(Locale.ROOT, "for every batch, an eighth of each batch pure noise with nothing in it: %,d steps of %d pictures,\n"
                + "Adam %s, seed %d, ", c.steps(), c.batchSize(), c.learningRate(), c.seed()));
        s.append(String.format(Locale.ROOT, "in %s on %s.\n\n", duration(c.trainingSeconds()), c.machine()));
        s.append("- `attribute-judge.json`: how it was made, and the numbers below.\n- `weights.bin`: its weights.\n\n");
        s.append(String.format(Locale.ROOT, "How well it reads real renders of %,d held-out scenes (Shapes seed %d, never trained on),\n",
                c.testScenes(), c.testSeed()));
        s.append("each checked against its own caption. This is the ceiling of what `genlab eval --prompts` can measure:\n")
                .append("a model drawing every prompt perfectly would score these numbers.\n\n");
        s.append(table(c.accuracy())).append('\n');
        s.append(String.format(Locale.ROOT, "Read centres are %.2f pixels from the true ones on average (95%% within %.2f). In pictures\n"
                + "of pure noise, where there is nothing, it reads %.3f colours on average: a model that draws noise scores\n"
                + "about nothing.\n\n", c.centreError(), c.centreError95(), c.noiseColours()));
        s.append("Reproduce:\n\n    ").append(c.command()).append("\n");
        return s.toString();
    }

    private static String table(Map<String, Map<String, Double>> accuracy) {
        List<String> splits = List.copyOf(accuracy.keySet());
        StringBuilder s = new StringBuilder("| attribute |");
        for (String split : splits) s.append(' ').append(split).append(" (").append(Math.round(accuracy.get(split).get("images"))).append(") |");
        s.append("\n|---|").append("---:|".repeat(splits.size())).append('\n');
        for (Attribute a : Attribute.values()) {
            s.append("| ").append(a.word()).append(" |");
            for (String split : splits) {
                Double v = accuracy.get(split).get(a.word());
                s.append(' ').append(v == null ? "-" : String.format(Locale.ROOT, "%.3f", v)).append(" |");
            }
            s.append('\n');
        }
        return s.toString();
    }

    private static String duration(double seconds) {
        long s = Math.round(seconds);
        return s >= 60 ? String.format(Locale.ROOT, "%d min %d s", s / 60, s % 60) : s + " s";
    }
}
