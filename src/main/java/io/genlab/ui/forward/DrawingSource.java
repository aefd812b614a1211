package io.genlab.ui.forward;

import io.genlab.data.Tensor;

import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JSpinner;
import javax.swing.SpinnerNumberModel;

import java.awt.FlowLayout;
import java.util.function.Consumer;

/**
 * x_0 drawn with the mouse, for the forward-process view's image source: the drawing pad and its
 * row of tools (brush size, Clear). Every stroke hands the drawing on as a new x_0.
 */
final class DrawingSource {
    private final Consumer<ForwardSource.Image> onImage;
    private final SpinnerNumberModel brushModel = new SpinnerNumberModel(1.2, 0.5, 4.0, 0.1);
    private final JButton clear = new JButton("Clear");
    private final JPanel tools = new JPanel(new FlowLayout(FlowLayout.LEFT, 6, 0));
    private final DrawingPad pad;

    /** @param onImage receives the drawing after every stroke, on the event dispatch thread */
    DrawingSource(Consumer<ForwardSource.Image> onImage) {
        this.onImage = onImage;
        this.pad = new DrawingPad(28, this::drawn);
        brushModel.addChangeListener(e -> pad.setBrush(brushModel.getNumber().doubleValue()));
        clear.addActionListener(e -> pad.clear());
        tools.add(new JLabel("Brush"));
        tools.add(new JSpinner(brushModel));
        tools.add(clear);
        tools.add(new JLabel("(right button erases)"));
        tools.setVisible(false);
    }

    /** The pad's row of tools, hidden until the pad is chosen. */
    JComponent tools() { return tools; }

    JComponent pad() { return pad; }

    /** Hands the drawing on as x_0, as it is now. */
    void drawn() {
        int n = pad.imageSize();
        onImage.accept(new ForwardSource.Image(new Tensor(pad.image(), new int[]{1, 1, n, n}), "a drawing", true));
    }
}
