package io.genlab.data;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The Shapes dataset: procedural, captioned 3x32x32 RGB images of one, two or three coloured
 * shapes and letters on a dark grey background, e.g. "a small purple circle above a large yellow
 * square" or "a small red letter t to the left of a large blue square and above a small green
 * triangle" — the counting, binding of colours to objects, spatial relations and text that
 * text-to-image models find hard. It is made from a seed, not from files: image i comes from
 * {@code new Random(Seeds.mix(seed, i))} alone, so the same seed gives identical pixels whatever
 * the count or order of generation.
 *
 * <p>Each image carries its caption and its {@link ShapesScene} attributes. The class label is
 * the shape of the first object: 0 circle, 1 square, 2 triangle, 3 letter ({@link #CLASS_NAMES}).
 * Drawing is Java2D with antialiasing into a {@link BufferedImage}; letters come from GenLab's own
 * stroke font ({@link ShapeLetter}), not a system font. No window is involved.
 */
public final class Shapes {
    /** Class names in label order: the shape of the first object. */
    public static final List<String> CLASS_NAMES = List.of("circle", "square", "triangle", "letter");
    /** How many images {@code shapes} means when no count is given. */
    public static final int DEFAULT_COUNT = 10_000;
    /** Canvas side in pixels. */
    public static final int SIDE = ShapesLayout.SIDE;

    private Shapes() {}

    /** {@code count} images from {@code seed}, with captions, attributes and shape labels. */
    public static ImageDataset generate(int count, long seed) {
        if (count <= 0) throw new IllegalArgumentException("shapes count must be positive, got " + count);
        int per = 3 * SIDE * SIDE;
        float[] pixels = new float[count * per];                 // [N, 3, 32, 32]
        int[] labels = new int[count];
        List<String> captions = new ArrayList<>(count);
        List<Map<String, String>> attributes = new ArrayList<>(count);
        BufferedImage canvas = new BufferedImage(SIDE, SIDE, BufferedImage.TYPE_INT_RGB);
        for (int i = 0; i < count; i++) {
            Random r = new Random(Seeds.mix(seed, i));
            ShapesScene scene = ShapesLayout.randomScene(r);
            int grey = 16 + r.nextInt(41);
            draw(scene, grey, canvas);
            toChw(canvas, pixels, i * per);
            labels[i] = scene.label();
            captions.add(scene.caption());
            attributes.add(scene.toAttributes());
        }
        return new ImageDataset("shapes", "procedural, seed " + seed, 3, SIDE, SIDE, pixels, labels,
                CLASS_NAMES, captions, attributes);
    }

    /**
     * Every word a Shapes caption can have, in no particular order: what a model trained on all
     * of Shapes may know (a run on part of it knows only the words its captions had).
     */
    public static List<String> captionWords() {
        List<String> phrases = new ArrayList<>(List.of("a", "letter", "and"));
        for (ShapeSize v : ShapeSize.values()) phrases.add(v.word());
        for (ShapeColour v : ShapeColour.values()) phrases.add(v.word());
        for (ShapeKind v : ShapeKind.values()) phrases.add(v.word());
        for (ShapeLetter v : ShapeLetter.values()) phrases.add(v.word());
        for (ShapePosition v : ShapePosition.values()) phrases.add(v.phrase());
        for (ShapeRelation v : ShapeRelation.values()) phrases.add(v.phrase());
        List<String> words = new ArrayList<>();
        for (String phrase : phrases) for (String w : phrase.split(" ")) if (!words.contains(w)) words.add(w);
        return words;
    }

    /** The scene of image {@code index} for {@code seed}, without drawing it. */
    public static ShapesScene scene(long seed, int index) {
        return ShapesLayout.randomScene(new Random(Seeds.mix(seed, index)));
    }

    /** Draws a scene on a background of grey level {@code grey} (0..255) into a new 32x32 image. */
    public static BufferedImage render(ShapesScene scene, int grey) {
        BufferedImage img = new BufferedImage(SIDE, SIDE, BufferedImage.TYPE_INT_RGB);
        draw(scene, grey, img);
        return img;
    }

    /** The [3, H, W] values of an RGB image in [-1, 1], channel order R, G, B. */
    public static float[] toChw(BufferedImage img) {
        float[] out = new float[3 * img.getWidth() * img.getHeight()];
        toChw(img, out, 0);
        return out;
    }

    private static void draw(ShapesScene scene, int grey, BufferedImage img) {
        Graphics2D g = img.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.setColor(new Color(grey, grey, grey));
            g.fillRect(0, 0, img.getWidth(), img.getHeight());
            for (ShapeObject o : scene.objects()) {
                g.setColor(new Color(o.colour().rgb()));
                g.fill(outline(o));
            }
        } finally {
            g.dispose();
        }
    }

    /** The filled Java2D outline of an object inside its bounding box; the triangle points up. */
    static Shape outline(ShapeObject o) {
        Placement p = o.placement();
        double h = p.half();
        return switch (o.shape()) {
            case CIRCLE -> new Ellipse2D.Double(p.minX(), p.minY(), 2 * h, 2 * h);
            case SQUARE -> new Rectangle2D.Double(p.minX(), p.minY(), 2 * h, 2 * h);
            case TRIANGLE -> {
                Path2D.Double t = new Path2D.Double();
                t.moveTo(p.cx(), p.minY());
                t.lineTo(p.maxX(), p.maxY());
                t.lineTo(p.minX(), p.maxY());
                t.closePath();
                yield t;
            }
            case LETTER -> o.letter().outline(p);
        };
    }

    private static void toChw(BufferedImage img, float[] out, int offset) {
        int w = img.getWidth(), h = img.getHeight(), plane = w * h;
        int[] rgb = img.getRGB(0, 0, w, h, null, 0, w);
        for (int i = 0; i < plane; i++) {
            int v = rgb[i];
            out[offset + i] = IdxImages.toUnit((v >> 16) & 0xFF);
            out[offset + plane + i] = IdxImages.toUnit((v >> 8) & 0xFF);
            out[offset + 2 * plane + i] = IdxImages.toUnit(v & 0xFF);
        }
    }
}
