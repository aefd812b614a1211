package io.genlab.ui.lessons;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** A lesson's Markdown as the lesson panel shows it. */
class LessonHtmlTest {

    @Test
    void answersAreHiddenUntilAskedFor() {
        String markdown = """
                # T

                ## Questions
                1. Why?

                   Answer: because.
                """;
        assertFalse(LessonHtml.html(markdown, false).contains("because"));
        assertTrue(LessonHtml.html(markdown, true).contains("because"));
        assertTrue(LessonHtml.html(markdown, false).contains("Why?"));
    }

    @Test
    void emphasisedAnswersAreHiddenToo() {
        String markdown = """
                ## Questions
                1. Why?

                   **answer:** because.
                """;
        assertFalse(LessonHtml.html(markdown, false).contains("because"));
    }

    @Test
    void aLessonIsDataRawHtmlIsTextAndPicturesStayInTheLessonsFolder(@TempDir Path dir) {
        String html = LessonHtml.render("""
                <object classid="javax.swing.JButton"><param name="text" value="x"></object>

                ![a](img/ok.png) ![b](../../etc/passwd) ![c](/etc/passwd) ![d](http://example.org/x.png)
                """, true, dir, 300).html();
        assertFalse(html.contains("<object"), html);
        assertTrue(html.contains("&lt;object"), html);
        assertTrue(html.contains("src=\"img/ok.png\""), html);
        assertFalse(html.contains("src=\"../"), html);
        assertFalse(html.contains("src=\"/etc/passwd\"") || html.contains("src=\"http://"), html);
        assertEquals(dir.resolve("img/ok.png").toAbsolutePath().normalize(), LessonHtml.inside(dir, "img/ok.png"));
        assertNull(LessonHtml.inside(dir, "../x.png"));
        assertNull(LessonHtml.inside(dir, "file:/etc/passwd"));
    }

    @Test
    void codeBlocksWrapKeepTheirAlignmentAndCanBeCopied() {
        LessonHtml page = LessonHtml.render("""
                Run this:

                ```sh
                ./genlab train --model unet-s --dataset fashion --minutes 60 --lr 5e-4 --run runs/unet
                ./genlab info       # the machine
                ```

                    indented <code>
                """, true, null, 0);
        assertFalse(page.html().contains("<pre"), "Swing never wraps <pre>");
        assertTrue(page.html().contains("--minutes 60 --lr 5e-4"), "single spaces stay breakable");
        assertTrue(page.html().contains("info \u00a0\u00a0\u00a0\u00a0\u00a0\u00a0#"), "runs of spaces are kept");
        assertTrue(page.html().contains("&lt;code&gt;"), "code is text");
        assertTrue(page.html().contains("href=\"copy:0\"") && page.html().contains("href=\"copy:1\""), page.html());
        assertEquals(List.of("""
                ./genlab train --model unet-s --dataset fashion --minutes 60 --lr 5e-4 --run runs/unet
                ./genlab info       # the machine""", "indented <code>"), page.codeBlocks());
    }

    @Test
    void codeInAHiddenAnswerIsNeitherShownNorCounted() {
        String markdown = """
                1. Which command?

                   Answer: `./genlab info`

                ```sh
                ./genlab models
                ```
                """;
        assertEquals(List.of("./genlab models"), LessonHtml.render(markdown, false, null, 0).codeBlocks());
    }
}
