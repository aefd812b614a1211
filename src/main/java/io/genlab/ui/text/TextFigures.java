package io.genlab.ui.text;

import com.formdev.flatlaf.FlatClientProperties;
import io.genlab.text.PromptEncoding;
import io.genlab.text.Tokenizer;
import io.genlab.train.TraceFrame;
import io.genlab.ui.shell.PresenterMode;
import io.genlab.ui.widgets.PicturePanel;
import io.genlab.ui.widgets.Player;
import io.genlab.ui.widgets.WrappedText;
import io.genlab.viz.PromptPictures;
import io.genlab.viz.Theme;

import javax.swing.BorderFactory;
import javax.swing.JPanel;
import javax.swing.JTabbedPane;

import java.awt.BorderLayout;
import java.awt.Dimension;
import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.Insets;
import java.awt.event.ComponentAdapter;
import java.awt.event.ComponentEvent;
import java.util.List;
import java.util.function.IntConsumer;

/**
 * The figures of the Text view: the tabs "Tokens as vectors" ({@link VectorsPanel}) and "Image and
 * attention" (a headline, every sample at the shown step, and for the chosen sample its picture
 * beside one map per word of where that word is read), with the workbench's {@link Player} over
 * the traced denoising steps. While a generation runs the player is locked and follows the newest
 * step; then it scrubs and plays.
 */
final class TextFigures {
    static final int VECTORS_TAB = 0, IMAGE_TAB = 1;
    /** Enlargement of the word maps on screen: small enough that their labels stay legible when the grid shrinks to fit. */
    private static final int WORD_SCALE = 3;
    private final TextState state;
    private final VectorsPanel vectors = new VectorsPanel();
    private final WrappedText headline = new WrappedText(1);          // what the pictures show, or why there are none; not scrolled: every line shows
    private final SamplesPanel samples;
    private final PicturePanel words = new PicturePanel(" ");
    private final Player player = new Player(this::showStep);
    private final JTabbedPane tabs = new JTabbedPane();

    /** @param onSample told the sample of a click on the samples */
    TextFigures(TextState state, IntConsumer onSample) {
        this.state = state;
        samples = new SamplesPanel(onSample);
        headline.putClientProperty(FlatClientProperties.STYLE, "font: bold");      // follows presenter mode
        JPanel pictures = new JPanel(new GridBagLayout());
        GridBagConstraints c = new GridBagConstraints();
        c.gridy = 0;
        c.fill = GridBagConstraints.BOTH;
        c.weighty = 1;
        c.weightx = 0.25;
        samples.setPreferredSize(new Dimension(100, 100));                 // the weights, not these, share out the width
        words.setPreferredSize(new Dimension(300, 100));
        pictures.add(samples, c);
        c.weightx = 0.75;
        c.insets = new Insets(0, 12, 0, 0);
        pictures.add(words, c);
        pictures.addComponentListener(new ComponentAdapter() {
            @Override
            public void componentResized(ComponentEvent e) {                 // the grids choose their rows by the room they get
                showStep(player.position());
            }
        });
        JPanel image = new JPanel(new BorderLayout(4, 6));
        image.setBorder(BorderFactory.createEmptyBorder(4, 0, 0, 0));
        image.add(headline, BorderLayout.NORTH);
        image.add(pictures, BorderLayout.CENTER);
        image.add(player, BorderLayout.SOUTH);
        tabs.addTab("Tokens as vectors", vectors);
        tabs.addTab("Image and attention", image);
    }

    /** Forgets the generation and shows a message instead, above the empty pictures. */
    void clear(String message) {
        state.clear();
        player.setLocked(false);
        player.setFrameCount(0);
        player.setCaption(" ");
        headline.setText(message);
        samples.clear();
        words.setMessage(" ");
    }

    /** A generation of {@code count} pictures of the tokens' prompt starts: steps will follow with {@link #append}. */
    void start(Tokenizer.Tokens tokens, int count, String title) {
        clear("Starting…");
        state.start(tokens, count, title);
        player.setLocked(true);
        tabs.setSelectedIndex(IMAGE_TAB);
    }

    /** Steps of the running generation: the player grows and shows the newest. */
    void append(List<TraceFrame> batch) {
        state.append(batch);
        player.setFrameCount(state.size());
        player.show(state.size() - 1);
        showStep(player.position());
    }

    /** The generation finished: every traced step, the player unlocked on the last. */
    void finish(List<TraceFrame> all) {
        state.finish(all);
        player.setLocked(false);
        player.setFrameCount(state.size());
        player.show(state.size() - 1);
        showStep(player.position());
    }

    /** The generation stopped early: the steps so far can be scrubbed. */
    void stopFollowing() {
        player.setLocked(false);
    }

    /** Draws the vectors of the prompt as typed. */
    void showEncoding(PromptEncoding encoding) {
        vectors.show(encoding);
    }

    /** Shows a message instead of the vectors. */
    void clearEncoding(String message) {
        vectors.clear(message);
    }

    /** Draws everything again (another sample or picture; new figure fonts). */
    void redraw() {
        vectors.redraw();
        showStep(player.position());
    }

    private void showStep(int k) {
        if (state.isEmpty()) return;
        state.setStep(k);
        headline.setText(TextTexts.headline(state));
        player.setCaption(TextTexts.step(state.frame()));
        samples.show(state);
        Theme theme = PresenterMode.figureTheme();
        int side = state.image().shape()[3] * WORD_SCALE, gap = 8;                          // [N, C, H, W]
        int columns = GridFit.columns(state.tokens().length() + 1, side + gap, side + 2 * GridFit.labelLine(theme) + gap,
                words.getWidth(), words.getHeight(), PromptPictures.WORD_COLUMNS);
        words.setPicture(PromptPictures.words(state.frame(), state.pictureKey(), state.pictureKey(), state.sample(),
                state.tokens(), columns, WORD_SCALE, null, theme));
    }

    JTabbedPane tabs() { return tabs; }

    Player player() { return player; }

    VectorsPanel vectors() { return vectors; }

    SamplesPanel samples() { return samples; }

    PicturePanel wordsPanel() { return words; }

    /** The headline: what the pictures show, or a message. */
    String headlineText() { return headline.getText(); }
}
