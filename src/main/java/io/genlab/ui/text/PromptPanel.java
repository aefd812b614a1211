package io.genlab.ui.text;

import io.genlab.text.Tokenizer;
import io.genlab.ui.widgets.Styles;
import io.genlab.ui.widgets.WrappedText;

import javax.swing.BorderFactory;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JTextField;
import javax.swing.UIManager;
import javax.swing.event.DocumentEvent;
import javax.swing.event.DocumentListener;

import java.awt.BorderLayout;
import java.awt.Color;

/**
 * The prompt and what the model makes of it as it is typed: the text field, the tokens as
 * {@link TokenChips} with their ids, and a line under them naming the words the model does not
 * know (it reads them as {@code <unk>}), explaining the empty prompt, or saying why a prompt cannot
 * be read. Tokenizing needs only the model's tokenizer, so it happens on the UI thread at once.
 */
final class PromptPanel extends JPanel {
    static final String DEFAULT_PROMPT = "a large purple circle to the left of a small yellow triangle";
    private static final Color WARNING = new Color(0x8A5300), ERROR = new Color(0xB00020);
    final JTextField prompt = new JTextField(DEFAULT_PROMPT);
    private final TokenChips chips = new TokenChips();
    private final WrappedText note = new WrappedText(1);           // not scrolled: as many lines as the note needs at this width
    private Tokenizer tokenizer;
    private Tokenizer.Tokens tokens;

    /** @param onChange told after every edit of the prompt, once its tokens are shown */
    PromptPanel(Runnable onChange) {
        super(new BorderLayout(6, 4));
        JPanel field = new JPanel(new BorderLayout(8, 0));
        field.add(Styles.styled(new JLabel("Prompt"), "h4"), BorderLayout.WEST);
        field.add(prompt, BorderLayout.CENTER);
        add(field, BorderLayout.NORTH);
        add(chips, BorderLayout.CENTER);
        add(note, BorderLayout.SOUTH);
        setBorder(BorderFactory.createEmptyBorder(2, 0, 2, 0));
        prompt.setToolTipText("What the picture should show, in the words of the training captions");
        prompt.getDocument().addDocumentListener(new DocumentListener() {
            @Override public void insertUpdate(DocumentEvent e) { edited(onChange); }
            @Override public void removeUpdate(DocumentEvent e) { edited(onChange); }
            @Override public void changedUpdate(DocumentEvent e) { edited(onChange); }
        });
        setTokenizer(null);
    }

    private void edited(Runnable onChange) {
        showTokens();
        onChange.run();
    }

    /** The tokenizer of the model in use (null: none reads text, so there are no tokens to show). */
    void setTokenizer(Tokenizer value) {
        tokenizer = value;
        showTokens();
    }

    private void showTokens() {
        tokens = null;
        chips.clear();
        if (tokenizer == null) {
            setNote("The tokens appear here when a text-conditioned model is open.", null);
            return;
        }
        try {
            tokens = tokenizer.encode(text());
        } catch (IllegalArgumentException tooLong) {
            setNote(tooLong.getMessage(), ERROR);
            return;
        }
        chips.show(tokens);
        setNote(TextTexts.note(tokens), tokens.unknown().isEmpty() ? null : WARNING);
    }

    private void setNote(String text, Color colour) {
        note.setForeground(colour != null ? colour : UIManager.getColor("Label.foreground"));
        note.setText(text);
        revalidate();
        note.setCaretPosition(0);
    }

    /** The prompt as typed. */
    String text() { return prompt.getText(); }

    void setText(String text) { prompt.setText(text); }

    /** The prompt's tokens; null without a tokenizer or for a prompt the model cannot read (too long). */
    Tokenizer.Tokens tokens() { return tokens; }

    TokenChips chips() { return chips; }

    String noteText() { return note.getText(); }
}
