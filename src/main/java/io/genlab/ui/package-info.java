/**
 * The Swing workbench: a window of views, each showing one part of how a model learns or
 * generates, with lessons in the sidebar that open views already set up.
 *
 * <h2>Packages</h2>
 * <ul>
 *   <li>{@code ui} itself: {@link io.genlab.ui.Workbench} opens the window, {@link io.genlab.ui.Views}
 *       lists the views in sidebar order. Only these two know every view.</li>
 *   <li>{@code ui.shell}: the window, the view contract ({@link io.genlab.ui.shell.WorkbenchView}),
 *       what views share ({@link io.genlab.ui.shell.WorkbenchContext}: the active model, preferences,
 *       the problem banner), the model chooser, presenter mode, the export menu, lesson links.</li>
 *   <li>{@code ui.widgets}: what every view reuses and no view owns: the picture and chart panels,
 *       the loss chart, the one frame {@link io.genlab.ui.widgets.Player}, the
 *       {@link io.genlab.ui.widgets.ModelWorker}, coalescing of live updates. Widgets import no view
 *       and not the shell.</li>
 *   <li>one package per view, named by its id: {@code home}, {@code train}, {@code forward},
 *       {@code reverse}, {@code toy2d}, {@code gan}, {@code autoregressive}, {@code attention}, {@code features},
 *       {@code compare}, {@code race}; and {@code lessons}, the sidebar's lesson reader. Views do not import
 *       each other: they meet only through the shell's context. What a view keeps to itself is
 *       package-private.</li>
 * </ul>
 * ArchUnit tests ({@code WorkbenchStructureTest}, {@code LayeringTest}) hold these rules.
 *
 * <h2>Adding a view</h2>
 * <ol>
 *   <li>Make a package {@code ui.<id>} with one public class implementing
 *       {@link io.genlab.ui.shell.WorkbenchView}, built from a {@code WorkbenchContext}; split it
 *       into small package-private classes (no class over about 250 lines).</li>
 *   <li>Register it: one line in {@link io.genlab.ui.Views#all}.</li>
 *   <li>Fill in the contract: {@code id()} (lowercase, the package's name, used by lesson links and
 *       preferences), {@code title()}, {@code explanation()} (one paragraph for students, shown by
 *       Explain), {@code exports()} (every picture as a PNG, every animation as a GIF, rendered only
 *       when the user saves), and, if lessons may set it up, {@code settings()} and
 *       {@code apply(Map)}, which checks every value before changing anything and throws an
 *       {@link java.lang.IllegalArgumentException} naming the setting and the values it takes
 *       ({@link io.genlab.ui.shell.LinkSettings} reads them). {@code shown()} starts loading lazily;
 *       {@code close()} stops the view's work when the window closes.</li>
 *   <li>Frames over time (a trace, training snapshots, steps of a game) go through the
 *       {@link io.genlab.ui.widgets.Player}: the view gives it a frame count and draws the frame it
 *       names.</li>
 * </ol>
 *
 * <h2>Threads</h2>
 * Every view method runs on the event dispatch thread, and that thread never waits for a model.
 * A model is used only on its {@link io.genlab.ui.widgets.ModelWorker} (SameDiff graphs are not
 * thread-safe): the active model through {@code context.activeModel().worker()}, a view's own model
 * (the Train and 2D views train one) through a worker of its own. Work is cancelled with the job's
 * flag, checked between steps. Results and training events come back on the event dispatch
 * thread; frequent ones are coalesced ({@link io.genlab.ui.widgets.Coalescer}) into about ten
 * batches a second. Problems go to {@code context.problems()}: what the user was doing and the
 * error's message, which says what is wrong and what to do; the window stays usable.
 */
package io.genlab.ui;
