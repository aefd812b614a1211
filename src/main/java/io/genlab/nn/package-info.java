/**
 * SameDiff building blocks shared by every model family, and the optimiser and state plumbing
 * around them; no model lives here.
 *
 * <p>A model creates one {@link io.genlab.nn.Net} (graph, data type, seed), builds blocks in it
 * in a fixed order — {@link io.genlab.nn.Linear}, {@link io.genlab.nn.Conv2d},
 * {@link io.genlab.nn.UpsampleConv}, {@link io.genlab.nn.GroupNorm}, {@link io.genlab.nn.ResBlock},
 * {@link io.genlab.nn.SelfAttention2d}, {@link io.genlab.nn.SinusoidalEmbedding},
 * {@link io.genlab.nn.ClassEmbedding} — then hands {@code Net.parameters()} to
 * {@link io.genlab.nn.Adam} and calls {@link io.genlab.nn.GradientGraph#build} once; a training
 * step is one {@link io.genlab.nn.Backprop#run}.
 * Variables are named {@code block.sub/leaf} ({@code "enc1.0.conv1/W"}); block outputs worth
 * showing are named {@code block/out}, attention weights {@code block/weights}.
 *
 * <p>SameDiff 1.0.0-M2.1 pitfalls these blocks avoid (each held by a test):
 * <ul>
 *   <li>gather and batchNorm have broken gradients: class embeddings are one-hot matrix products,
 *       GroupNorm is built from mean and variance ops;</li>
 *   <li>{@code upsampling2d(x, 2)} fails its shape calculation: use the four-argument form;</li>
 *   <li>{@code multiHeadDotProductAttention} hides its weights: attention is built from plain ops;</li>
 *   <li>{@code calculateGradients} silently returns no (or a partial) gradient for a placeholder
 *       behind reshape, scalar ops and the like: take input gradients from a variable;</li>
 *   <li>reshape accepts only one -1, so blocks that fold H*W read the run-time shape
 *       ({@link io.genlab.nn.Net#shapeOf}) and work for any batch and image size;</li>
 *   <li>{@code calculateGradientsAndOutputs} turns its gradient function's array cache off, so every
 *       op output of a training step is a fresh native buffer: models train through
 *       {@link io.genlab.nn.Backprop}, which runs the same function with the cache on;</li>
 *   <li>convolution weights are SameDiff's [k, k, cin, cout] (YXIO), not PyTorch's
 *       [cout, cin, k, k]; Linear weights are [in, out], the transpose of PyTorch's.</li>
 * </ul>
 */
package io.genlab.nn;
