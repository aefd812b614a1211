package io.genlab.nn;

import io.genlab.data.Tensor;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** Conversions between ND4J arrays and GenLab's plain {@link Tensor}s (always copies). */
public final class Tensors {
    private Tensors() {}

    public static Tensor toTensor(INDArray a) {
        long[] s = a.shape();
        int[] shape = new int[s.length];
        for (int i = 0; i < s.length; i++) shape[i] = Math.toIntExact(s[i]);
        return new Tensor(a.castTo(DataType.FLOAT).dup('c').data().asFloat(), shape);
    }

    public static INDArray toArray(Tensor t) {
        long[] shape = new long[t.rank()];
        for (int i = 0; i < shape.length; i++) shape[i] = t.shape()[i];
        return Nd4j.create(t.data().clone(), shape, DataType.FLOAT);
    }

    /** One-hot rows [labels.length, n] as float. */
    public static INDArray oneHot(int[] labels, int n) {
        INDArray out = Nd4j.zeros(DataType.FLOAT, labels.length, n);
        for (int i = 0; i < labels.length; i++) out.putScalar(i, labels[i], 1f);
        return out;
    }
}
