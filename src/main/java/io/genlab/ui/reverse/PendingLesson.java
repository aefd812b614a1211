package io.genlab.ui.reverse;

import java.util.List;
import java.util.function.Consumer;

/**
 * What a lesson link asked of the Reverse process view that waits for the model: the class to
 * choose once the model's class names are known, and the actions (Generate, Sampler grid) to run
 * once the model is ready. Each action gets what runs after it, so they run one after the other.
 */
final class PendingLesson {
    private String classText;
    private List<Consumer<Runnable>> actions = List.of();

    /** The class to choose once the model is known, as the link names it; null if none waits. */
    void waitForClass(String text) {
        classText = text;
    }

    /** The actions to run once the model is ready, in order; they replace those waiting. */
    void waitToRun(List<Consumer<Runnable>> next) {
        actions = next;
    }

    /** The class waiting to be chosen, or null; it no longer waits. */
    String takeClass() {
        String text = classText;
        classText = null;
        return text;
    }

    /** The model cannot run the actions: they no longer wait. */
    void dropActions() {
        actions = List.of();
    }

    /** Runs the waiting actions, which no longer wait. */
    void run() {
        List<Consumer<Runnable>> next = actions;
        actions = List.of();
        runInOrder(next);
    }

    /** Runs the first action, and the next when it has finished. */
    private static void runInOrder(List<Consumer<Runnable>> list) {
        if (!list.isEmpty()) list.get(0).accept(() -> runInOrder(list.subList(1, list.size())));
    }
}
