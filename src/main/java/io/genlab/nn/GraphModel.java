package io.genlab.nn;

import org.nd4j.autodiff.samediff.SameDiff;

/** A model whose training step and sampling run on one SameDiff graph, so tools can watch its ops (see {@code eval.OpProfile}). */
public interface GraphModel {
    SameDiff graph();
}
