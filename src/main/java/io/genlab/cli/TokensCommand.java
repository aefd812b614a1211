package io.genlab.cli;

import io.genlab.diffusion.DiffusionModel;
import io.genlab.text.PromptEncoding;
import io.genlab.text.Tokenizer;
import io.genlab.train.GenerativeModel;
import io.genlab.train.ModelRegistry;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code genlab tokens}: how a text-conditioned model reads a prompt, token by token. */
@Command(name = "tokens", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Show how a text-conditioned model reads a prompt: its tokens, their ids, the length of each token's learned "
                + "vector (word plus slot, before the text encoder), and the words the model does not know.")
final class TokensCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PROMPT", description = "The prompt, in quotes.")
    String prompt;

    @ArgGroup(multiplicity = "1")
    CheckpointSource source;

    @Override
    public Integer call() throws IOException {
        GenerativeModel model = ModelRegistry.discover().load(source.read());
        if (!(model instanceof DiffusionModel diffusion) || diffusion.tokenizer().isEmpty()) {
            throw new CommandLine.ParameterException(spec.commandLine(), model.info().name()
                    + " is conditioned on classes, not on text; give a text-conditioned model such as unet-s-text");
        }
        PromptEncoding e;
        try {
            e = diffusion.encode(prompt);
        } catch (IllegalArgumentException tooLong) {
            throw new CommandLine.ParameterException(spec.commandLine(), tooLong.getMessage(), tooLong);
        }
        PrintWriter out = spec.commandLine().getOut();
        Tokenizer.Tokens tokens = e.tokens();
        out.printf(Locale.ROOT, "%-4s  %-16s  %4s  %8s%n", "slot", "token", "id", "|vector|");
        int[] ids = tokens.ids();
        for (int i = 0; i < tokens.length(); i++) {
            String token = ids[i] == Tokenizer.UNKNOWN_ID ? tokens.tokens().get(i) + " " + Tokenizer.UNKNOWN : tokens.tokens().get(i);
            out.printf(Locale.ROOT, "%-4d  %-16s  %4d  %8.3f%n", i, token, ids[i], PromptEncoding.norm(e.embedded(), i));
        }
        out.printf(Locale.ROOT, "%d tokens of at most %d, then %s (id %d); each token is a vector of %d numbers, which the text "
                + "encoder's %d layers mix with the other tokens' before the image attends to them%n", tokens.length(),
                Tokenizer.MAX_TOKENS, Tokenizer.PAD, Tokenizer.PAD_ID, e.encoded().shape()[1], io.genlab.text.TextEncoder.LAYERS);
        if (!tokens.unknown().isEmpty()) {
            out.println("unknown to the model: " + String.join(", ", tokens.unknown()) + " (it knows " + diffusion.tokenizer().get().vocabulary().size()
                    + " words: " + String.join(" ", diffusion.tokenizer().get().vocabulary()) + ")");
        }
        out.flush();
        return 0;
    }
}
