package io.genlab.lesson;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a lesson file ({@code NN-name.md}, the format in lessons/README.md): the title, the
 * "Learning goals" and "Questions" sections, every {@code genlab:} link and every quoted
 * {@code ./genlab} command. It checks the form only; {@link LessonCheck} checks the links against
 * the workbench.
 */
public final class LessonParser {
    public static final String GOALS = "learning goals";
    public static final String QUESTIONS = "questions";
    private static final Pattern FILE = Pattern.compile("(\\d{2})-[a-z0-9-]+\\.md");
    private static final long MAX_BYTES = 1 << 20;

    private LessonParser() {}

    /** Whether a file name is a lesson's ({@code NN-name.md}). */
    public static boolean isLessonFile(Path file) {
        return FILE.matcher(file.getFileName().toString()).matches();
    }

    public static Lesson parse(Path file) throws LessonException {
        Matcher m = FILE.matcher(file.getFileName().toString());
        if (!m.matches()) throw new LessonException(file, "a lesson file is named NN-name.md, e.g. 04-reverse-process.md");
        String text;
        try {
            if (Files.size(file) > MAX_BYTES) throw new LessonException(file, "larger than 1 MB; is it really a lesson?");
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new LessonException(file, "cannot be read: " + e.getMessage());
        }
        return parse(file, Integer.parseInt(m.group(1)), text);
    }

    static Lesson parse(Path file, int number, String markdown) throws LessonException {
        Node doc = Parser.builder().build().parse(markdown);
        String title = null;
        String section = "";
        List<String> goals = new ArrayList<>();
        List<Question> questions = new ArrayList<>();
        for (Node n = doc.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof Heading h && h.getLevel() == 1 && title == null) title = text(h).strip();
            else if (n instanceof Heading h && h.getLevel() == 2) section = text(h).strip().toLowerCase(Locale.ROOT);
            else if (n instanceof ListBlock list && section.equals(GOALS)) {
                for (Node item = list.getFirstChild(); item != null; item = item.getNext()) goals.add(text(item).strip());
            } else if (n instanceof ListBlock list && section.equals(QUESTIONS)) {
                for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
                    questions.add(question(file, (ListItem) item));
                }
            }
        }
        if (title == null || title.isEmpty()) throw new LessonException(file, "has no title (a first line '# Title')");
        if (goals.isEmpty()) throw new LessonException(file, "has no '## Learning goals' list");
        if (questions.isEmpty()) throw new LessonException(file, "has no '## Questions' list");

        List<LessonAction> actions = new ArrayList<>();
        List<String> commands = new ArrayList<>();
        List<String> badLinks = new ArrayList<>();
        doc.accept(new AbstractVisitor() {
            @Override
            public void visit(Link link) {
                if (link.getDestination().startsWith(LessonAction.SCHEME)) {
                    try {
                        actions.add(LessonAction.parse(text(link).strip(), link.getDestination()));
                    } catch (IllegalArgumentException e) {
                        badLinks.add(e.getMessage());
                    }
                }
                visitChildren(link);
            }

            @Override
            public void visit(FencedCodeBlock block) {
                commands.addAll(commands(block.getLiteral()));
            }

            @Override
            public void visit(IndentedCodeBlock block) {
                commands.addAll(commands(block.getLiteral()));
            }
        });
        if (!badLinks.isEmpty()) throw new LessonException(file, "bad workbench link " + badLinks.get(0));
        return new Lesson(file, number, title, goals, actions, questions, commands, markdown);
    }

    /** A question item: its first paragraph, and a paragraph starting "Answer:". */
    private static Question question(Path file, ListItem item) throws LessonException {
        String question = null, answer = null;
        for (Node p = item.getFirstChild(); p != null; p = p.getNext()) {
            if (!(p instanceof Paragraph)) continue;
            String t = text(p).strip();
            if (isAnswer(p)) answer = t.substring(7).strip();
            else if (question == null) question = t;
        }
        if (question == null) throw new LessonException(file, "a question item has no question text");
        if (answer == null || answer.isEmpty()) {
            throw new LessonException(file, "the question '" + question + "' has no 'Answer:' paragraph for the teacher");
        }
        return new Question(question, answer);
    }

    /** Whether a paragraph is a teacher's answer: its text starts with "Answer:" (any case, any emphasis). */
    public static boolean isAnswer(Node paragraph) {
        return paragraph instanceof Paragraph && text(paragraph).strip().regionMatches(true, 0, "Answer:", 0, 7);
    }

    /** The {@code ./genlab} (or {@code genlab}) lines of a code block, backslash continuations joined. */
    static List<String> commands(String code) {
        List<String> out = new ArrayList<>();
        StringBuilder current = null;
        for (String raw : code.split("\n")) {
            String line = raw.strip();
            if (current == null) {
                if (line.startsWith("./genlab ") || line.startsWith("genlab ")) current = new StringBuilder();
                else continue;
            }
            boolean continues = line.endsWith("\\");
            current.append(continues ? line.substring(0, line.length() - 1).strip() : line).append(continues ? " " : "");
            if (!continues) {
                out.add(current.toString().strip());
                current = null;
            }
        }
        if (current != null) out.add(current.toString().strip());
        return out;
    }

    /** The plain text under a node. */
    static String text(Node node) {
        StringBuilder s = new StringBuilder();
        node.accept(new AbstractVisitor() {
            @Override
            public void visit(Text text) { s.append(text.getLiteral()); }

            @Override
            public void visit(Code code) { s.append(code.getLiteral()); }

            @Override
            public void visit(SoftLineBreak br) { s.append(' '); }

            @Override
            public void visit(HardLineBreak br) { s.append(' '); }

            @Override
            public void visit(Paragraph p) {
                if (s.length() > 0 && s.charAt(s.length() - 1) != ' ') s.append(' ');
                visitChildren(p);
            }
        });
        return s.toString();
    }
}
