package io.genlab.ui.features;

/** One entry of the Layer features view's layer list: a probed name and its shape without the batch dimension. */
record LayerEntry(String name, int[] shape) {
    @Override
    public String toString() {
        StringBuilder s = new StringBuilder(name).append("   ");
        for (int i = 1; i < shape.length; i++) s.append(i > 1 ? " × " : "").append(shape[i]);
        return s.toString();
    }
}
