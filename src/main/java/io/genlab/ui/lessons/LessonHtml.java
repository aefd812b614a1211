package io.genlab.ui.lessons;

import io.genlab.lesson.LessonParser;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.html.HtmlWriter;

import javax.imageio.ImageIO;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A lesson's Markdown as the HTML the lesson panel shows. Lessons are data: raw HTML is shown as
 * text (Swing would instantiate {@code <object>} classes) and pictures come only from the lesson's
 * own folder, scaled to the panel. Code blocks wrap at the panel's edge instead of scrolling
 * sideways, and each has a Copy link ({@code copy:N}, N counting the blocks shown).
 *
 * @param html       the page
 * @param codeBlocks the text of each code block shown, in order, for the Copy links
 */
record LessonHtml(String html, List<String> codeBlocks) {
    /** The scheme of the Copy links under code blocks. */
    static final String COPY = "copy:";

    /**
     * Renders a lesson with its pictures (paths relative to {@code folder}, none when it is null)
     * scaled down to at most {@code maxWidth} pixels; without answers, the "Answer:" paragraphs are
     * left out.
     */
    static LessonHtml render(String markdown, boolean withAnswers, Path folder, int maxWidth) {
        Node doc = Parser.builder().build().parse(markdown);
        if (!withAnswers) hideAnswers(doc);
        List<String> codeBlocks = new ArrayList<>();
        HtmlRenderer renderer = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true)
                .nodeRendererFactory(context -> new WrappedCode(context, codeBlocks))
                .attributeProviderFactory(context -> (node, tag, attributes) -> {
                    if (node instanceof Image image) picture(image, folder, maxWidth, attributes);
                })
                .build();
        String base = folder == null ? "" : "<head><base href=\"" + folder.toUri() + "\"></head>";
        return new LessonHtml("<html>" + base + "<body>" + renderer.render(doc) + "</body></html>", List.copyOf(codeBlocks));
    }

    /** The lesson as HTML, without pictures. */
    static String html(String markdown, boolean withAnswers) {
        return render(markdown, withAnswers, null, 0).html();
    }

    /** The picture a lesson names, if it is a relative path inside {@code folder}; else null. */
    static Path inside(Path folder, String destination) {
        if (destination.isBlank() || destination.contains(":") || destination.startsWith("/")) return null;
        Path root = folder.toAbsolutePath().normalize();
        Path p = root.resolve(destination).normalize();
        return p.startsWith(root) ? p : null;
    }

    private static void hideAnswers(Node doc) {
        List<Node> hidden = new ArrayList<>();
        doc.accept(new AbstractVisitor() {
            @Override
            public void visit(Paragraph p) {
                if (LessonParser.isAnswer(p)) hidden.add(p);
                else visitChildren(p);
            }
        });
        hidden.forEach(Node::unlink);
    }

    private static void picture(Image image, Path folder, int maxWidth, Map<String, String> attributes) {
        Path picture = folder == null ? null : inside(folder, image.getDestination());
        if (picture == null) {
            attributes.put("src", "");
            attributes.put("alt", "(only pictures in the lessons folder are shown)");
        } else {
            fit(picture, maxWidth, attributes);
        }
    }

    /** Width and height attributes that fit a picture into {@code maxWidth}, from its header only. */
    private static void fit(Path picture, int maxWidth, Map<String, String> attributes) {
        try (var in = ImageIO.createImageInputStream(picture.toFile())) {
            var readers = in == null ? null : ImageIO.getImageReaders(in);
            if (readers == null || !readers.hasNext()) return;
            var reader = readers.next();
            reader.setInput(in);
            int w = reader.getWidth(0), h = reader.getHeight(0);
            reader.dispose();
            double scale = Math.min(1.0, (double) maxWidth / w);
            attributes.put("width", Integer.toString((int) Math.round(w * scale)));
            attributes.put("height", Integer.toString((int) Math.round(h * scale)));
        } catch (IOException e) {
            // A missing picture shows as Swing's broken-image mark; LessonParser does not require pictures.
        }
    }

    /**
     * Code blocks in a monospaced box that wraps at single spaces (Swing's {@code <pre>} never
     * wraps): runs of spaces, such as indentation and aligned comments, are kept as no-break spaces.
     */
    private static final class WrappedCode implements NodeRenderer {
        private static final Map<String, String> BOX = Map.of("style",
                "font-family: monospaced; background-color: #eef0f3; padding: 4px; margin-top: 4px");
        private final HtmlWriter html;
        private final List<String> blocks;

        WrappedCode(HtmlNodeRendererContext context, List<String> blocks) {
            this.html = context.getWriter();
            this.blocks = blocks;
        }

        @Override
        public Set<Class<? extends Node>> getNodeTypes() {
            return Set.of(FencedCodeBlock.class, IndentedCodeBlock.class);
        }

        @Override
        public void render(Node node) {
            String code = node instanceof FencedCodeBlock f ? f.getLiteral() : ((IndentedCodeBlock) node).getLiteral();
            code = code.stripTrailing();
            html.line();
            html.tag("div", BOX);
            String[] lines = code.split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                if (i > 0) html.tag("br", Map.of(), true);
                html.text(keepSpaceRuns(lines[i]));
            }
            html.tag("/div");
            html.tag("div", Map.of("align", "right"));
            html.tag("a", Map.of("href", COPY + blocks.size()));
            html.text("Copy");
            html.tag("/a");
            html.tag("/div");
            html.line();
            blocks.add(code);
        }

        /** Every space that follows a space or starts the line becomes a no-break space. */
        private static String keepSpaceRuns(String line) {
            StringBuilder out = new StringBuilder(line.length());
            for (int i = 0; i < line.length(); i++) {
                char c = line.charAt(i);
                boolean run = c == ' ' && (i == 0 || line.charAt(i - 1) == ' ');
                out.append(run ? '\u00a0' : c);
            }
            return out.toString();
        }
    }
}
