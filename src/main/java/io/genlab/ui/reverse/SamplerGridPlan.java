package io.genlab.ui.reverse;

import io.genlab.diffusion.SamplerSettings;

import java.util.ArrayList;
import java.util.List;

/**
 * The rows (samplers) and columns (step counts) of the sampler grid; every cell starts from the
 * same noise, so the cells differ only by how the noise is removed.
 */
record SamplerGridPlan(List<Row> rows, List<Integer> steps) {

    /** One sampler: DDPM, or DDIM with its eta. */
    record Row(String label, SamplerSettings.Method sampler, double eta) {}

    SamplerGridPlan {
        rows = List.copyOf(rows);
        steps = List.copyOf(steps);
        if (rows.isEmpty() || steps.isEmpty()) throw new IllegalArgumentException("a sampler grid needs rows and columns");
    }

    /** DDPM, DDIM eta 0 and DDIM eta 1 by 10, 25 and 50 steps, leaving out counts above the schedule's T. */
    static SamplerGridPlan standard(int timesteps) {
        List<Integer> steps = new ArrayList<>();
        for (int s : new int[]{10, 25, 50}) if (s <= timesteps) steps.add(s);
        if (steps.isEmpty()) steps.add(timesteps);
        return new SamplerGridPlan(List.of(
                new Row("DDPM", SamplerSettings.Method.DDPM, 0),
                new Row("DDIM, eta 0", SamplerSettings.Method.DDIM, 0),
                new Row("DDIM, eta 1", SamplerSettings.Method.DDIM, 1)), steps);
    }

    int cells() { return rows.size() * steps.size(); }

    List<String> rowLabels() { return rows.stream().map(Row::label).toList(); }

    List<String> columnLabels() { return steps.stream().map(s -> s + " steps").toList(); }

    /** The settings of cell {@code index} (row-major) from the form's settings. */
    ReverseSettings cell(ReverseSettings base, int index) {
        Row r = rows.get(index / steps.size());
        return base.withSampler(r.sampler(), r.eta(), steps.get(index % steps.size()));
    }
}
