package io.genlab.eval;

import io.genlab.eval.metrics.ClassCoverage;
import io.genlab.eval.metrics.ConditionalAccuracy;
import io.genlab.eval.metrics.Memorisation;
import io.genlab.eval.metrics.PrecisionRecall;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What {@code genlab eval} measured of one model: sample quality as the judge sees it, likelihood
 * where the model has one, and cost. Metrics that do not apply (class metrics of an unlabelled
 * model, bits per dimension of a model without a likelihood) are null.
 *
 * @param model          what was scored: run, model name, family, dataset, checkpoint step
 * @param sampling       the sampling settings the samples were drawn with
 * @param samples        conditional samples scored (and as many unconditional ones for coverage)
 * @param seed           the seed every sample derives from
 * @param judge          the judge's folder and its test accuracy, or null for points
 * @param conditional    the judge's accuracy on samples per requested class, or null
 * @param coverage       the judge's classes of unconditional samples, or null
 * @param fid            Fréchet distance of the samples to unseen real data, in judge space (coordinates for points)
 * @param fidFloor       the same between two sets of unseen real data of the same size: the best a model can hope for
 * @param precisionRecall precision and recall of the samples against unseen real data
 * @param precisionRecallFloor the same for real against real
 * @param memorisation   nearest training images of the samples, or null for points
 * @param bitsPerDim     negative log-likelihood of the unseen images in bits per dimension, or null
 * @param cost           parameters, training and sampling cost
 */
public record EvalReport(ModelFacts model, Map<String, String> sampling, int samples, long seed, JudgeFacts judge,
                         ConditionalAccuracy conditional, ClassCoverage coverage, double fid, double fidFloor,
                         PrecisionRecall precisionRecall, PrecisionRecall precisionRecallFloor, Memorisation memorisation,
                         Double bitsPerDim, Cost cost) {

    public record ModelFacts(String run, String name, String family, String dataset, long step, List<String> classNames) {}

    public record JudgeFacts(String folder, double testAccuracy, String trainedOn) {}

    /**
     * @param parameters           trainable numbers
     * @param trainingSteps        steps trained
     * @param trainingSeconds      wall-clock of training, from metrics.csv
     * @param examplesPerSecond    training throughput at the last logged step
     * @param millisPerSample      wall-clock per generated sample on this machine
     * @param networkEvaluations   network passes per generated sample
     */
    public record Cost(long parameters, long trainingSteps, double trainingSeconds, double examplesPerSecond,
                       double millisPerSample, double networkEvaluations) {}

    /** The same report naming the run as given (e.g. relative to the GenLab folder, as an experiment's spec names it). */
    public EvalReport withRun(String run) {
        ModelFacts m = new ModelFacts(run, model.name(), model.family(), model.dataset(), model.step(), model.classNames());
        return new EvalReport(m, sampling, samples, seed, judge, conditional, coverage, fid, fidFloor, precisionRecall,
                precisionRecallFloor, memorisation, bitsPerDim, cost);
    }

    /** The report as JSON-ready maps and lists, with stable names. */
    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("run", model.run());
        m.put("model", model.name());
        m.put("family", model.family());
        m.put("dataset", model.dataset());
        m.put("step", model.step());
        m.put("sampling", sampling);
        m.put("samples", samples);
        m.put("seed", seed);
        if (judge != null) {
            m.put("judge", Map.of("folder", judge.folder(), "test_accuracy", judge.testAccuracy(), "trained_on", judge.trainedOn()));
        }
        if (conditional != null) {
            Map<String, Object> perClass = new LinkedHashMap<>();
            for (int c = 0; c < conditional.perClass().length; c++) perClass.put(model.classNames().get(c), finite(conditional.perClass()[c]));
            m.put("conditional_accuracy", finite(conditional.overall()));
            m.put("conditional_accuracy_per_class", perClass);
        }
        if (coverage != null) {
            Map<String, Object> counts = new LinkedHashMap<>();
            for (int c = 0; c < coverage.counts().length; c++) counts.put(model.classNames().get(c), coverage.counts()[c]);
            m.put("coverage_entropy", coverage.normalisedEntropy());
            m.put("coverage_counts", counts);
        }
        m.put("fid", fid);
        m.put("fid_floor", fidFloor);
        m.put("precision", precisionRecall.precision());
        m.put("recall", precisionRecall.recall());
        m.put("precision_floor", precisionRecallFloor.precision());
        m.put("recall_floor", precisionRecallFloor.recall());
        m.put("pr_k", precisionRecall.k());
        if (memorisation != null) {
            m.put("memorised_share", memorisation.copyShare());
            m.put("nearest_train_ratio_median", memorisation.medianRatio());
        }
        m.put("bits_per_dim", bitsPerDim);
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("parameters", cost.parameters());
        c.put("training_steps", cost.trainingSteps());
        c.put("training_seconds", finite(cost.trainingSeconds()));
        c.put("examples_per_second", finite(cost.examplesPerSecond()));
        c.put("ms_per_sample", cost.millisPerSample());
        c.put("network_evaluations_per_sample", cost.networkEvaluations());
        m.put("cost", c);
        return m;
    }

    private static Object finite(double v) {
        return Double.isFinite(v) ? v : null;
    }

    /** The report for the console. */
    public List<String> lines() {
        List<String> out = new ArrayList<>();
        out.add(String.format(Locale.ROOT, "%s (%s) on %s, step %,d; %d samples, seed %d, sampling %s", model.name(), model.family(),
                model.dataset(), model.step(), samples, seed, sampling.isEmpty() ? "the model's defaults" : sampling));
        if (judge != null) out.add(String.format(Locale.ROOT, "judge %s (test accuracy %.4f)", judge.folder(), judge.testAccuracy()));
        if (conditional != null) {
            StringBuilder per = new StringBuilder();
            for (int c = 0; c < conditional.perClass().length; c++) {
                per.append(String.format(Locale.ROOT, "%s%s %.2f", c == 0 ? "" : ", ", model.classNames().get(c), conditional.perClass()[c]));
            }
            out.add(String.format(Locale.ROOT, "conditional accuracy  %.4f   (%s)", conditional.overall(), per));
        }
        if (coverage != null) {
            out.add(String.format(Locale.ROOT, "class coverage        entropy %.3f of 1, largest class %.1f%% of unconditional samples",
                    coverage.normalisedEntropy(), 100 * coverage.largestShare()));
        }
        String space = judge != null ? "judge space" : "coordinates";
        out.add(String.format(Locale.ROOT, "FID (%s)     %.3f   (real against real: %.3f)", space, fid, fidFloor));
        out.add(String.format(Locale.ROOT, "precision / recall    %.3f / %.3f   (real against real: %.3f / %.3f, k=%d)", precisionRecall.precision(),
                precisionRecall.recall(), precisionRecallFloor.precision(), precisionRecallFloor.recall(), precisionRecall.k()));
        if (memorisation != null) {
            out.add(String.format(Locale.ROOT, "memorisation          %d of %d samples within %.2f of the typical nearest-neighbour distance of a training image; median ratio %.2f",
                    memorisation.copies(), samples, Memorisation.COPY_RATIO, memorisation.medianRatio()));
        }
        out.add("bits per dimension    " + (bitsPerDim == null ? "not defined for this model" : String.format(Locale.ROOT, "%.4f", bitsPerDim)));
        out.add(String.format(Locale.ROOT, "cost                  %,d parameters; trained %,d steps in %s (%.0f examples/s); %.1f ms and %.0f network evaluations per sample",
                cost.parameters(), cost.trainingSteps(), minutes(cost.trainingSeconds()), cost.examplesPerSecond(), cost.millisPerSample(),
                cost.networkEvaluations()));
        return out;
    }

    private static String minutes(double seconds) {
        return Double.isFinite(seconds) ? String.format(Locale.ROOT, "%.1f min", seconds / 60) : "unknown time";
    }
}
