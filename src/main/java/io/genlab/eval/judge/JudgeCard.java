package io.genlab.eval.judge;

import java.util.List;

/**
 * What a judge is and how far it can be trusted: the data it learnt from (and whether that was
 * the full set), its accuracy on images it never saw, how it was trained and the command that
 * made it. Saved beside its weights as {@code judge.json}.
 *
 * @param dataset       the training data's spec, e.g. "fashion"
 * @param trainSource   where the training images came from, e.g. "/usr/share/datasets/fashion-mnist (system, full set, 60000 of 60000 images)"
 * @param testSource    where the test images came from
 * @param classNames    the classes, in label order
 * @param channels      image channels
 * @param height        image height
 * @param width         image width
 * @param trainImages   images learnt from
 * @param testImages    images tested on
 * @param testAccuracy  share of the test images classified right
 * @param epochs        passes over the training images
 * @param batchSize     images per step
 * @param learningRate  Adam's step size
 * @param seed          seed of the initial weights and the batch order
 * @param parameters    trainable numbers
 * @param command       the command that made it
 * @param genlabVersion the GenLab that made it
 */
public record JudgeCard(String dataset, String trainSource, String testSource, List<String> classNames,
                        int channels, int height, int width, int trainImages, int testImages, double testAccuracy,
                        int epochs, int batchSize, double learningRate, long seed, long parameters,
                        String command, String genlabVersion) {
    public JudgeCard {
        classNames = List.copyOf(classNames);
    }
}
