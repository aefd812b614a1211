package io.genlab.eval.judge;

import io.genlab.data.ImageDataset;
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
import java.util.Map;

/**
 * A trained classifier that scores generated images: which class each looks like, and where it
 * lies in the judge's feature space. Its {@link JudgeCard} says what it learnt from and how
 * accurate it is on unseen images. A judge is a folder: {@code judge.json} (the card) and
 * {@code weights.bin}; both are read as data only and checked before use.
 */
public final class Judge {
    static final String CARD = "judge.json", WEIGHTS = "weights.bin";
    private final JudgeNet net;
    private final JudgeCard card;

    Judge(JudgeNet net, JudgeCard card) {
        this.net = net;
        this.card = card;
    }

    public JudgeCard card() { return card; }

    /** The images this judge can score: channels, height, width. */
    public int[] imageShape() { return new int[]{net.channels(), net.height(), net.width()}; }

    /** Scores N images [N, C, H, W] with values in [-1, 1]. Use one thread at a time. */
    public Judgement judge(Tensor images) {
        int[] s = images.shape();
        if (s.length != 4 || s[1] != net.channels() || s[2] != net.height() || s[3] != net.width()) {
            throw new IllegalArgumentException("this judge scores " + net.channels() + "x" + net.height() + "x" + net.width()
                    + " images (" + card.dataset() + "), not " + Arrays.toString(s));
        }
        return net.judge(images.data(), s[0]);
    }

    /** Scores every image of a dataset. */
    public Judgement judge(ImageDataset images) {
        int[] all = new int[images.size()];
        for (int i = 0; i < all.length; i++) all[i] = i;
        return judge(new Tensor(images.batch(all).x(), new int[]{images.size(), images.channels(), images.height(), images.width()}));
    }

    /** This judge's verdicts on labelled images, against their labels. */
    public ClassificationReport report(ImageDataset labelled) {
        return ClassificationReport.of("GenLab CNN judge", card.classNames(), JudgeTrainer.labels(labelled), judge(labelled).predicted());
    }

    /** Writes the judge into {@code dir} (created if needed); each file is replaced atomically. */
    public void save(Path dir) throws IOException {
        Files.createDirectories(dir);
        AtomicFiles.write(dir.resolve(WEIGHTS), TensorArchive.encode(net.weights()));
        AtomicFiles.writeString(dir.resolve(CARD), Json.MAPPER.writeValueAsString(card));
    }

    /**
     * Reads a judge folder.
     *
     * @throws IOException naming the file if it is missing, damaged, or written for other images
     */
    public static Judge load(Path dir) throws IOException {
        Path cardFile = dir.resolve(CARD);
        if (!Files.isRegularFile(cardFile)) {
            throw new NoSuchFileException(cardFile.toString(), null, "no judge here; train one with 'genlab judge train --dataset DATA --out "
                    + dir + "', DATA being the images it will judge (e.g. fashion)");
        }
        JudgeCard card;
        try {
            card = Json.MAPPER.readValue(cardFile.toFile(), JudgeCard.class);
        } catch (IOException | IllegalArgumentException e) {
            throw new IOException(cardFile + " is not a judge card: " + e.getMessage(), e);
        }
        if (card.classNames().size() < 2 || card.channels() < 1 || card.channels() > 4 || card.height() > 256 || card.width() > 256) {
            throw new IOException(cardFile + " describes no judge GenLab can build: " + card.classNames().size() + " classes, "
                    + card.channels() + "x" + card.height() + "x" + card.width() + " images");
        }
        Map<String, Tensor> weights = TensorArchive.read(dir.resolve(WEIGHTS));
        JudgeNet net;
        try {
            net = new JudgeNet(card.channels(), card.height(), card.width(), card.classNames().size(), card.learningRate(), 0, DataType.FLOAT);
            net.restore(weights);
        } catch (IllegalArgumentException e) {
            throw new IOException(dir.resolve(WEIGHTS) + " does not fit " + cardFile + ": " + e.getMessage(), e);
        }
        return new Judge(net, card);
    }
}
