package io.genlab.ui.widgets;

import java.awt.image.BufferedImage;
import java.util.List;
import java.util.function.Supplier;

/** Something a view can save to a file: a picture (PNG) or an animation (GIF). */
public sealed interface Export {

    /** Menu text, e.g. "Sample grid". */
    String name();

    /** A file name to suggest, without extension. */
    String suggestedFile();

    /** A still picture, rendered when the user asks to save it. */
    record Picture(String name, String suggestedFile, Supplier<BufferedImage> render) implements Export {}

    /** A looping animation, one image per frame. */
    record Animation(String name, String suggestedFile, Supplier<List<BufferedImage>> frames, int delayMillis)
            implements Export {}
}
