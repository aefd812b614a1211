package io.genlab.ui.forward;

import io.genlab.data.ImageDataset;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import static io.genlab.ui.widgets.PanelRendering.onEdt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Where x_0 comes from: datasets load once, in the background, and every outcome counts. */
class ForwardSourceTest {
    private final List<String> problems = Collections.synchronizedList(new ArrayList<>());
    private final List<Runnable> pending = Collections.synchronizedList(new ArrayList<>());
    private final List<ForwardSource.Image> images = Collections.synchronizedList(new ArrayList<>());
    private final AtomicInteger loads = new AtomicInteger();
    private ForwardSource source;

    /** {@code count} black 28x28 images of one class, named {@code name}. */
    static ImageDataset dataset(String name, int count) {
        float[] pixels = new float[count * 28 * 28];
        Arrays.fill(pixels, -1f);
        return new ImageDataset(name, "test", 1, 28, 28, pixels, new int[count], List.of("thing"), null, null);
    }

    private void create(Function<String, ImageDataset> load) {
        onEdt(() -> source = new ForwardSource((what, e) -> problems.add(what + ": " + e.getMessage()), List.of("a", "b"),
                spec -> {
                    loads.incrementAndGet();
                    return load.apply(spec);
                }, pending::add, images::add));
    }

    /** Runs the queued loads here; their outcomes reach the source on the event dispatch thread. */
    private void runLoads() {
        List<Runnable> now;
        synchronized (pending) {
            now = new ArrayList<>(pending);
            pending.clear();
        }
        now.forEach(Runnable::run);
        onEdt(() -> { });
    }

    private String lastLabel() {
        return images.isEmpty() ? "" : images.get(images.size() - 1).label();
    }

    @Test
    void aLoadTheUserMovedOnFromIsKept() {
        create(spec -> dataset(spec, 5));
        onEdt(() -> source.select("a", null));
        onEdt(() -> source.select(ForwardSource.DRAW, null));
        runLoads();
        assertEquals(1, loads.get());
        assertTrue(images.stream().allMatch(ForwardSource.Image::drawing), "the drawing stays x_0: " + lastLabel());
        assertEquals(5, source.size("a"), "but the dataset is kept");
        onEdt(() -> source.select("a", null));
        assertEquals(1, loads.get(), "choosing it again does not load it again");
        assertEquals(0, pending.size());
        assertEquals("a #0 (thing)", lastLabel());
        assertFalse(images.get(images.size() - 1).drawing());
        assertTrue(problems.isEmpty(), problems.toString());
    }

    @Test
    void theErrorOfALoadTheUserMovedOnFromIsReported() {
        create(spec -> {
            if (spec.equals("b")) throw new IllegalStateException("b is damaged");
            return dataset(spec, 5);
        });
        onEdt(() -> source.select("b", null));
        onEdt(() -> source.select("a", null));
        runLoads();
        assertEquals(List.of("Loading b: b is damaged"), problems);
        assertEquals("a #0 (thing)", lastLabel());
        assertEquals(-1, source.size("b"));
    }

    @Test
    void anIndexGivenWhileLoadingIsShownOnceLoaded() {
        create(spec -> dataset(spec, 5));
        onEdt(() -> source.select("b", 3));
        assertTrue(images.isEmpty(), "nothing to show while b loads");
        runLoads();
        assertEquals("b #3 (thing)", lastLabel());
        assertEquals(3, source.index());
        onEdt(() -> source.select(null, 9));
        assertEquals("b #4 (thing)", lastLabel(), "the last image instead");
        assertEquals(1, problems.size(), "and a word about it");
        assertTrue(problems.get(0).contains("from 0 to 4"), problems.get(0));
    }
}
