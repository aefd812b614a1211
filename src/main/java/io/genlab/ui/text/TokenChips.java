package io.genlab.ui.text;

import io.genlab.text.Tokenizer;

import javax.swing.JComponent;
import javax.swing.UIManager;

import java.awt.Color;
import java.awt.Dimension;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.event.ComponentAdapter;
import java.awt.event.ComponentEvent;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

/**
 * A prompt as the model reads it: one chip per token, the word above its id, a word the model does
 * not know in amber with the {@code <unk>} it becomes, the special {@code <empty>} in blue, and the
 * padding that fills the remaining slots as one faded chip at the end. The chips wrap onto more
 * lines as the panel narrows; their text follows the look-and-feel's font, so presenter mode
 * enlarges them.
 */
final class TokenChips extends JComponent {
    /** What a chip stands for, which decides its colours. */
    enum Kind { WORD, UNKNOWN, SPECIAL, PADDING }

    /** One chip: its two lines of text. */
    record Chip(String word, String id, Kind kind) {}

    private static final Color WORD_FILL = new Color(0xE8EEF7), WORD_EDGE = new Color(0x8FA6C8);
    static final Color UNKNOWN_FILL = new Color(0xFFE2A8), UNKNOWN_EDGE = new Color(0xC77C00);
    private static final Color SPECIAL_FILL = new Color(0xD9ECFF), SPECIAL_EDGE = new Color(0x3D7CC9);
    private static final Color TEXT = new Color(0x1A1A1A), PADDING_TEXT = new Color(0x8A8A8A), PADDING_EDGE = new Color(0xC8C8C8);
    private static final int GAP = 6, PAD_X = 8, PAD_Y = 3, ARC = 10;
    private List<Chip> chips = List.of();

    TokenChips() {
        addComponentListener(new ComponentAdapter() {
            @Override
            public void componentResized(ComponentEvent e) {
                if (getPreferredSize().height != getHeight()) revalidate();       // the chips wrap onto another number of lines
            }
        });
    }

    /** The chips of a prompt's tokens, then one for the padding if any slot is left. */
    static List<Chip> of(Tokenizer.Tokens tokens) {
        List<Chip> out = new ArrayList<>();
        int[] ids = tokens.ids();
        for (int i = 0; i < tokens.length(); i++) {
            String word = tokens.tokens().get(i);
            if (ids[i] == Tokenizer.UNKNOWN_ID) out.add(new Chip(word, Tokenizer.UNKNOWN + " \u00b7 id " + ids[i], Kind.UNKNOWN));
            else out.add(new Chip(word, "id " + ids[i], ids[i] == Tokenizer.EMPTY_ID ? Kind.SPECIAL : Kind.WORD));
        }
        int padding = Tokenizer.MAX_TOKENS - tokens.length();
        if (padding > 0) out.add(new Chip(Tokenizer.PAD + " \u00d7" + padding, "id " + Tokenizer.PAD_ID, Kind.PADDING));
        return out;
    }

    void show(Tokenizer.Tokens tokens) {
        setChips(of(tokens));
    }

    void clear() {
        setChips(List.of());
    }

    private void setChips(List<Chip> value) {
        chips = List.copyOf(value);
        revalidate();
        repaint();
    }

    List<Chip> chips() { return chips; }

    private Font wordFont() { return getFont().deriveFont(Font.BOLD); }

    private Font idFont() { return getFont().deriveFont(getFont().getSize2D() * 0.85f); }

    /** Where each chip goes in a panel {@code width} pixels wide, line after line. */
    private List<Rectangle> place(int width) {
        FontMetrics word = getFontMetrics(wordFont()), id = getFontMetrics(idFont());
        int h = word.getHeight() + id.getHeight() + 2 * PAD_Y;
        List<Rectangle> out = new ArrayList<>();
        int x = 0, y = 0;
        for (Chip c : chips) {
            int w = Math.max(word.stringWidth(c.word()), id.stringWidth(c.id())) + 2 * PAD_X;
            if (x > 0 && x + w > width) {
                x = 0;
                y += h + GAP;
            }
            out.add(new Rectangle(x, y, w, h));
            x += w + GAP;
        }
        return out;
    }

    @Override
    public Dimension getPreferredSize() {
        if (isPreferredSizeSet() || getFont() == null) return super.getPreferredSize();
        FontMetrics word = getFontMetrics(wordFont()), id = getFontMetrics(idFont());
        int line = word.getHeight() + id.getHeight() + 2 * PAD_Y;
        List<Rectangle> placed = place(getWidth() > 0 ? getWidth() : 600);
        int height = placed.isEmpty() ? line : placed.get(placed.size() - 1).y + line;
        return new Dimension(100, height + 1);
    }

    @Override
    protected void paintComponent(Graphics g) {
        Graphics2D g2 = (Graphics2D) g.create();
        Color bg = UIManager.getColor("Panel.background");
        g2.setColor(bg != null ? bg : Color.WHITE);
        g2.fillRect(0, 0, getWidth(), getHeight());
        paintChips(g2, getWidth());
        g2.dispose();
    }

    private void paintChips(Graphics2D g, int width) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        FontMetrics word = getFontMetrics(wordFont()), id = getFontMetrics(idFont());
        List<Rectangle> placed = place(width);
        for (int i = 0; i < chips.size(); i++) {
            Chip c = chips.get(i);
            Rectangle r = placed.get(i);
            Color fill = switch (c.kind()) {
                case WORD -> WORD_FILL;
                case UNKNOWN -> UNKNOWN_FILL;
                case SPECIAL -> SPECIAL_FILL;
                case PADDING -> null;
            };
            Color edge = switch (c.kind()) {
                case WORD -> WORD_EDGE;
                case UNKNOWN -> UNKNOWN_EDGE;
                case SPECIAL -> SPECIAL_EDGE;
                case PADDING -> PADDING_EDGE;
            };
            if (fill != null) {
                g.setColor(fill);
                g.fillRoundRect(r.x, r.y, r.width - 1, r.height - 1, ARC, ARC);
            }
            g.setColor(edge);
            g.drawRoundRect(r.x, r.y, r.width - 1, r.height - 1, ARC, ARC);
            g.setColor(c.kind() == Kind.PADDING ? PADDING_TEXT : TEXT);
            g.setFont(wordFont());
            g.drawString(c.word(), r.x + (r.width - word.stringWidth(c.word())) / 2, r.y + PAD_Y + word.getAscent());
            g.setColor(c.kind() == Kind.UNKNOWN ? UNKNOWN_EDGE.darker() : PADDING_TEXT);
            g.setFont(idFont());
            g.drawString(c.id(), r.x + (r.width - id.stringWidth(c.id())) / 2, r.y + PAD_Y + word.getHeight() + id.getAscent());
        }
    }

    /** The chips as laid out now, on white, for export; null without chips. */
    BufferedImage picture() {
        if (chips.isEmpty()) return null;
        int width = Math.max(200, getWidth());
        List<Rectangle> placed = place(width);
        int right = placed.stream().mapToInt(r -> r.x + r.width).max().orElse(0);
        int bottom = placed.get(placed.size() - 1).y + placed.get(placed.size() - 1).height;
        BufferedImage out = new BufferedImage(right + 2 * GAP, bottom + 2 * GAP, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, out.getWidth(), out.getHeight());
        g.translate(GAP, GAP);
        paintChips(g, width);
        g.dispose();
        return out;
    }
}
