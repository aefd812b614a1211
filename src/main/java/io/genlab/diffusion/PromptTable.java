package io.genlab.diffusion;

import io.genlab.text.Tokenizer;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import java.util.ArrayList;
import java.util.List;

/**
 * The prompts of one generation by a text-conditioned model, numbered as the sampler numbers
 * conditions: prompt k has id k, and the empty prompt, guidance's null condition, comes last.
 */
final class PromptTable {
    /** What separates the prompts in the {@link DiffusionModel#PROMPT} option. */
    static final String SEPARATOR = "|";
    private final List<Tokenizer.Tokens> prompts;
    private final int[][] ids;                           // [P + 1][T]: the prompts', then the empty prompt's

    private PromptTable(List<Tokenizer.Tokens> prompts, Tokenizer.Tokens empty) {
        this.prompts = List.copyOf(prompts);
        this.ids = new int[prompts.size() + 1][];
        for (int k = 0; k < prompts.size(); k++) ids[k] = prompts.get(k).ids();
        ids[prompts.size()] = empty.ids();
    }

    /**
     * Tokenizes the prompts of the option, separated by {@value #SEPARATOR}.
     *
     * @throws IllegalArgumentException if a prompt is too long or has no word the model knows
     */
    static PromptTable parse(Tokenizer tokenizer, String option) {
        List<Tokenizer.Tokens> prompts = new ArrayList<>();
        for (String prompt : option.split(java.util.regex.Pattern.quote(SEPARATOR), -1)) {
            Tokenizer.Tokens tokens = tokenizer.encode(prompt.strip());
            if (tokens.allUnknown()) {
                throw new IllegalArgumentException("the model knows none of the words of \"" + prompt.strip() + "\"; it knows: "
                        + String.join(" ", tokenizer.vocabulary()));
            }
            prompts.add(tokens);
        }
        return new PromptTable(prompts, tokenizer.encode(""));
    }

    /** Number of prompts. */
    int size() { return prompts.size(); }

    /** The id of the empty prompt: {@link #size()}. */
    int emptyId() { return prompts.size(); }

    /** The prompts, tokenized, in option order. */
    List<Tokenizer.Tokens> prompts() { return prompts; }

    /** The token ids [B, T] of a batch of condition ids, each a prompt's number or {@link #emptyId()}. */
    INDArray tokenIds(int[] conditions) {
        int[][] rows = new int[conditions.length][];
        for (int i = 0; i < conditions.length; i++) rows[i] = ids[conditions[i]];
        return Nd4j.createFromArray(rows);
    }
}
