package io.genlab.cli;

import io.genlab.diffusion.DiffusionModel;
import io.genlab.text.Tokenizer;
import io.genlab.train.GenerationRequest;
import io.genlab.train.GenerativeModel;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The prompts of a command that draws with a text-conditioned model: checked, and their unknown words told. */
final class Prompts {
    private Prompts() {}

    /** The tokenizer of a text-conditioned model; empty for any other model. */
    static Optional<Tokenizer> tokenizerOf(GenerativeModel model) {
        return model instanceof DiffusionModel d ? d.tokenizer() : Optional.empty();
    }

    /**
     * The request for {@code perPrompt} samples of each prompt, prompt by prompt. Words the model
     * does not know are listed on the error stream: it reads each as {@link Tokenizer#UNKNOWN}.
     */
    static GenerationRequest request(CommandSpec spec, GenerativeModel model, List<String> prompts, int perPrompt, long seed,
                                     Map<String, String> sampling) {
        Tokenizer tokenizer = tokenizerOf(model).orElseThrow(() -> new CommandLine.ParameterException(spec.commandLine(),
                model.info().name() + " is conditioned on classes, not on text; use --class, or a text model such as unet-s-text"));
        if (perPrompt < 1 || perPrompt * prompts.size() > 1024) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--n (samples per prompt) times the number of prompts must be in 1..1024");
        }
        PrintWriter err = spec.commandLine().getErr();
        for (String p : prompts) {
            if (p.contains("|")) throw new CommandLine.ParameterException(spec.commandLine(), "a prompt cannot contain '|': " + p);
            List<String> unknown = tokenizer.encode(p).unknown();
            if (!unknown.isEmpty()) {
                err.println("note: " + model.info().name() + " does not know " + String.join(", ", unknown.stream().map(w -> "'" + w + "'").toList())
                        + " in \"" + p + "\"; it reads " + (unknown.size() == 1 ? "it" : "each") + " as " + Tokenizer.UNKNOWN);
            }
        }
        err.flush();
        int[] labels = new int[perPrompt * prompts.size()];
        for (int i = 0; i < labels.length; i++) labels[i] = i / perPrompt;
        Map<String, String> options = new java.util.LinkedHashMap<>(sampling);
        options.put(DiffusionModel.PROMPT, String.join(" | ", prompts));
        return new GenerationRequest(labels.length, labels, seed, options);
    }
}
