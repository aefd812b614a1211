package io.genlab.eval;

import org.nd4j.autodiff.listeners.At;
import org.nd4j.autodiff.listeners.BaseListener;
import org.nd4j.autodiff.listeners.Operation;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.autodiff.samediff.internal.SameDiffOp;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.OpContext;
import org.nd4j.linalg.dataset.api.MultiDataSet;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where a SameDiff graph's time goes: wall time, calls and bytes of output arrays per op type
 * (conv2d, conv2d_bp, multiply_bp, ...), summed over every op the graph executes while attached,
 * forward and backward. Ops run one after another on the calling thread, so the times add up
 * to the step's time spent inside ops; the rest of a step is SameDiff's bookkeeping and the
 * model's own Java code.
 */
public final class OpProfile extends BaseListener {
    /** One op type's totals. */
    public record Row(String op, long nanos, long calls, long outputBytes) {}

    private final Map<String, long[]> totals = new HashMap<>();          // op -> {nanos, calls, bytes}
    private long started;

    @Override
    public boolean isActive(Operation operation) { return true; }

    @Override
    public void preOpExecution(SameDiff sd, At at, SameDiffOp op, OpContext opContext) {
        started = System.nanoTime();
    }

    @Override
    public void opExecution(SameDiff sd, At at, MultiDataSet batch, SameDiffOp op, OpContext opContext, INDArray[] outputs) {
        long elapsed = System.nanoTime() - started;
        long bytes = 0;
        for (INDArray o : outputs) {
            if (o != null) bytes += o.length() * o.dataType().width();
        }
        long[] t = totals.computeIfAbsent(op.getOp().opName(), k -> new long[3]);
        t[0] += elapsed;
        t[1]++;
        t[2] += bytes;
    }

    /** Every op type seen, the most time first. */
    public List<Row> rows() {
        List<Row> rows = new ArrayList<>();
        totals.forEach((op, t) -> rows.add(new Row(op, t[0], t[1], t[2])));
        rows.sort(Comparator.comparingLong(Row::nanos).reversed());
        return rows;
    }
}
