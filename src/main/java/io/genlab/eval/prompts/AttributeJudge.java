package io.genlab.eval.prompts;

import io.genlab.data.Shapes;
import io.genlab.data.Tensor;
import io.genlab.train.AtomicFiles;
import io.genlab.train.Json;
import io.genlab.train.TensorArchive;
import org.nd4j.linalg.api.buffer.DataType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * A trained attribute judge: reads a Shapes image colour by colour ({@link SceneReading}) so
 * {@link PromptFidelity} can check it against a prompt. Its {@link AttributeJudgeCard} says how
 * it was made and how well it reads real renders. A judge is a folder: {@code attribute-judge.json}
 * (the card), {@code weights.bin} and a {@code README.md} written from the card; the first two are
 * read as data only and checked before use.
 */
public final class AttributeJudge {
    static final String CARD = "attribute-judge.json", WEIGHTS = "weights.bin", README = "README.md";
    private final AttributeNet net;
    private final AttributeJudgeCard card;

    AttributeJudge(AttributeNet net, AttributeJudgeCard card) {
        this.net = net;
        this.card = card;
    }

    public AttributeJudgeCard card() { return card; }

    /** True if {@code dir} holds an attribute judge's card (and not, say, a class judge). */
    public static boolean isIn(Path dir) {
        return Files.isRegularFile(dir.resolve(CARD));
    }

    /** Reads N images [N, 3, 32, 32] with values in [-1, 1]. Use one thread at a time. */
    public List<SceneReading> read(Tensor images) {
        int[] s = images.shape();
        if (s.length != 4 || s[1] != 3 || s[2] != net.side() || s[3] != net.side()) {
            throw new IllegalArgumentException("the attribute judge reads 3x" + net.side() + "x" + net.side() + " Shapes images, not "
                    + Arrays.toString(s));
        }
        return net.read(images.data(), s[0]);
    }

    /** Writes the judge into {@code dir} (created if needed); each file is replaced atomically. */
    public void save(Path dir) throws IOException {
        Files.createDirectories(dir);
        AtomicFiles.write(dir.resolve(WEIGHTS), TensorArchive.encode(net.weights()));
        AtomicFiles.writeString(dir.resolve(CARD), Json.MAPPER.writeValueAsString(card) + "\n");
        AtomicFiles.writeString(dir.resolve(README), AttributeJudgeReadme.text(dir.getFileName().toString(), card));
    }

    /**
     * Reads a judge folder.
     *
     * @throws IOException naming the file if it is missing, damaged, or describes another network
     */
    public static AttributeJudge load(Path dir) throws IOException {
        Path cardFile = dir.resolve(CARD);
        if (!Files.isRegularFile(cardFile)) {
            throw new NoSuchFileException(cardFile.toString(), null, "no attribute judge here; train one with "
                    + "'genlab judge train --prompts --out " + dir + "'");
        }
        AttributeJudgeCard card;
        try {
            card = Json.MAPPER.readValue(cardFile.toFile(), AttributeJudgeCard.class);
        } catch (IOException | IllegalArgumentException | NullPointerException e) {
            throw new IOException(cardFile + " is not an attribute judge card: " + e.getMessage(), e);
        }
        if (card.side() != Shapes.SIDE || card.width() < 2 || card.width() > 256 || card.width() % 2 != 0) {
            throw new IOException(cardFile + " describes no attribute judge GenLab can build: side " + card.side() + " (must be "
                    + Shapes.SIDE + "), width " + card.width() + " (even, 2..256)");
        }
        Map<String, Tensor> weights = TensorArchive.read(dir.resolve(WEIGHTS));
        AttributeNet net = new AttributeNet(card.side(), card.width(), card.learningRate(), 0, DataType.FLOAT);
        try {
            net.restore(weights);
        } catch (IllegalArgumentException e) {
            throw new IOException(dir.resolve(WEIGHTS) + " does not fit " + cardFile + ": " + e.getMessage(), e);
        }
        return new AttributeJudge(net, card);
    }
}
