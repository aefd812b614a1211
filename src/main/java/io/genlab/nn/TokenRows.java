package io.genlab.nn;

import org.nd4j.autodiff.samediff.SDVariable;

/**
 * A batch of padded token sequences as attention reads them.
 *
 * @param rows      [B*T, D] token vectors, example-major
 * @param batchAndT the run-time shape vector [B, T]
 * @param mask      [B, 1, 1, T] from {@link CrossAttention#keyMask}: 0 on real tokens, very negative on padding
 */
public record TokenRows(SDVariable rows, SDVariable batchAndT, SDVariable mask) {}
