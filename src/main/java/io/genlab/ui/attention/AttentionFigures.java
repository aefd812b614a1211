package io.genlab.ui.attention;

import com.formdev.flatlaf.FlatClientProperties;
import io.genlab.data.Tensor;
import io.genlab.train.TraceFrame;
import io.genlab.ui.widgets.Player;
import io.genlab.ui.widgets.WrappedText;

import javax.swing.BorderFactory;
import javax.swing.JPanel;
import javax.swing.JTabbedPane;

import java.awt.BorderLayout;
import java.awt.GridLayout;
import java.util.List;
import java.util.function.IntConsumer;

/**
 * The figures of the Attention view over one {@link AttentionState}: the tabs "Attention" (the main
 * picture and the small multiples under a headline saying what they show) and "What is a token?",
 * and under them the workbench's {@link Player} over the denoising steps. While a generation runs
 * the player is locked and follows the newest step; then it scrubs and plays.
 */
final class AttentionFigures {
    /** Messages longer than this get four lines above the pictures, shorter ones two. */
    private static final int LONG_MESSAGE = 100;
    private final AttentionState state;
    private final WrappedText headline = new WrappedText(2);         // what the pictures show, or why there are none
    private final QueryPanel query;
    private final LayersPanel layers;
    private final TokenPanel tokens = new TokenPanel();
    private final Player player = new Player(this::showStep);
    private final JTabbedPane tabs = new JTabbedPane();
    private final JPanel panel = new JPanel(new BorderLayout(4, 4));

    /**
     * @param onToken told the token of a click on the main picture
     * @param onCell  told the layer and head of a click on the small multiples
     */
    AttentionFigures(AttentionState state, String message, IntConsumer onToken, LayersPanel.CellClick onCell) {
        this.state = state;
        headline.putClientProperty(FlatClientProperties.STYLE, "font: bold");      // follows presenter mode
        query = new QueryPanel(onToken);
        layers = new LayersPanel(onCell);
        JPanel pictures = new JPanel(new GridLayout(1, 2, 12, 0));
        pictures.add(query);
        pictures.add(layers);
        JPanel attention = new JPanel(new BorderLayout(4, 6));
        attention.setBorder(BorderFactory.createEmptyBorder(4, 0, 0, 0));
        attention.add(headline.scrolled(), BorderLayout.NORTH);
        attention.add(pictures, BorderLayout.CENTER);
        tokens.setBorder(BorderFactory.createEmptyBorder(4, 0, 0, 0));
        tabs.addTab("Attention", attention);
        tabs.addTab("What is a token?", tokens);
        panel.add(tabs, BorderLayout.CENTER);
        panel.add(player, BorderLayout.SOUTH);
        clear(message);
    }

    /** A new model: its name and the positions it adds to its tokens (null: none). */
    void setModel(String name, Tensor positions) {
        tokens.setModel(name, positions);
    }

    /** Forgets the steps and shows a message instead, above the empty pictures. */
    void clear(String message) {
        state.clear();
        player.setLocked(false);
        player.setFrameCount(0);
        player.setCaption(" ");
        headline.setRows(message.length() > LONG_MESSAGE ? 4 : 2);         // room for the message about models without attention
        headline.setText(message);
        query.clear();
        layers.clear();
        tokens.clear();
    }

    /** A generation starts: steps will follow with {@link #append}. */
    void start(String message) {
        clear(message);
        player.setLocked(true);
    }

    /** Steps of the running generation: the player grows and shows the newest. */
    void append(List<TraceFrame> batch) {
        state.append(batch);
        player.setFrameCount(state.size());
        player.show(state.size() - 1);
        showStep(player.position());
    }

    /** The generation finished: every step, the player unlocked on the last. */
    void finish(List<TraceFrame> all) {
        state.clear();
        state.append(all);
        player.setLocked(false);
        player.setFrameCount(state.size());
        player.show(state.size() - 1);
        showStep(player.position());
    }

    /** The generation stopped early: the steps so far can be scrubbed. */
    void stopFollowing() {
        player.setLocked(false);
    }

    /** Draws the shown step again (another layer, head, query or picture; new figure fonts). */
    void redraw() {
        showStep(player.position());
    }

    private void showStep(int k) {
        if (state.isEmpty()) return;
        state.setStep(k);
        headline.setRows(2);
        headline.setText(AttentionTexts.headline(state));
        player.setCaption(AttentionTexts.step(state.frame()));
        query.show(state);
        layers.show(state);
        tokens.show(state);
    }

    /** Heads of the layers shown (0 before the first step). */
    int heads() { return state.heads(); }

    /** Steps received so far. */
    int steps() { return state.size(); }

    JPanel panel() { return panel; }

    JTabbedPane tabs() { return tabs; }

    Player player() { return player; }

    QueryPanel queryPanel() { return query; }

    LayersPanel layersPanel() { return layers; }

    TokenPanel tokenPanel() { return tokens; }

    /** The headline: what the pictures show, or a message. */
    String headlineText() { return headline.getText(); }
}
