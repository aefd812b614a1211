package io.genlab.ui.race;

import io.genlab.eval.race.LaneRecording;
import io.genlab.eval.race.RaceTexts;
import io.genlab.ui.widgets.WrappedText;

import javax.swing.BorderFactory;
import javax.swing.JLabel;
import javax.swing.JPanel;

import java.awt.BorderLayout;
import java.awt.CardLayout;
import java.awt.GridLayout;
import java.util.List;

import static io.genlab.ui.widgets.Styles.styled;

/**
 * One lane of the race: the model's name, family and what it does over its pictures, and under
 * them the lane's time on the race clock and the network evaluations done; once it has finished,
 * its total time and what one evaluation took on average. A lane that cannot run or stopped says
 * why where its pictures would be.
 */
final class LanePanel extends JPanel {
    private static final String PICTURES = "pictures", MESSAGE = "message";
    private final JLabel title = styled(new JLabel(" ", JLabel.CENTER), "h3");
    private final JLabel family = new JLabel(" ", JLabel.CENTER);
    private final JLabel method = styled(new JLabel(" ", JLabel.CENTER), "small");
    private final LanePictures pictures = new LanePictures();
    private final WrappedText message = new WrappedText(6);
    private final CardLayout cards = new CardLayout();
    private final JPanel middle = new JPanel(cards);
    private final JLabel timer = styled(new JLabel(" ", JLabel.CENTER), "h2");
    private final JLabel evaluations = new JLabel(" ", JLabel.CENTER);
    private final JLabel cost = styled(new JLabel(" ", JLabel.CENTER), "small");
    private LaneRecording.Moment drawn;
    private boolean showingMessage;

    LanePanel() {
        super(new BorderLayout(0, 6));
        JPanel top = new JPanel(new GridLayout(0, 1));
        top.add(title);
        top.add(family);
        top.add(method);
        JPanel bottom = new JPanel(new GridLayout(0, 1));
        bottom.add(timer);
        bottom.add(evaluations);
        bottom.add(cost);
        middle.add(pictures, PICTURES);
        middle.add(message.scrolled(), MESSAGE);
        add(top, BorderLayout.NORTH);
        add(middle, BorderLayout.CENTER);
        add(bottom, BorderLayout.SOUTH);
        setBorder(BorderFactory.createEmptyBorder(4, 4, 4, 4));
    }

    /**
     * Shows the lane at {@code nanos} on its clock: the latest pictures by then (its finished ones
     * from its end on), the time and the evaluations; its problem instead if it has one.
     */
    void show(LaneRecording lane, long nanos) {
        header(lane);
        if (lane.problem() != null) {
            showMessage(lane, lane.problem());
            return;
        }
        LaneRecording.Moment moment = lane.at(nanos);
        if (moment != drawn) {
            drawn = moment;
            pictures.show(moment == null ? List.of() : moment.images(), Math.max(1, lane.pictures()));
        }
        cards.show(middle, PICTURES);
        showingMessage = false;
        if (lane.finishedBy(nanos)) {
            timer.setText(RaceTexts.seconds(lane.finish().nanos()));
            evaluations.setText(RaceTexts.evaluations(lane.evaluations()));
            cost.setText(RaceTexts.perEvaluation(lane));
        } else {
            timer.setText(RaceTexts.seconds(nanos));
            evaluations.setText(RaceTexts.progress(moment));
            cost.setText(" ");
        }
    }

    /**
     * Shows the lane before it has pictures: {@code cells} empty cells and a note under them, e.g.
     * "waiting for its turn"; its problem instead if it has one.
     */
    void showEmpty(LaneRecording lane, int cells, String note) {
        header(lane);
        if (lane.problem() != null) {
            showMessage(lane, lane.problem());
            return;
        }
        drawn = null;
        pictures.show(List.of(), cells);
        cards.show(middle, PICTURES);
        showingMessage = false;
        timer.setText(" ");
        evaluations.setText(note);
        cost.setText(" ");
    }

    /** Shows the lane's name and, where its pictures would be, a message: why it has none. */
    private void showMessage(LaneRecording lane, String text) {
        header(lane);
        drawn = null;
        message.setText(text);
        message.setCaretPosition(0);
        cards.show(middle, MESSAGE);
        showingMessage = true;
        timer.setText(" ");
        evaluations.setText(" ");
        cost.setText(" ");
    }

    private void header(LaneRecording lane) {
        title.setText(lane.model());
        family.setText(lane.family().isEmpty() ? " " : RaceTexts.family(lane.family()));
        method.setText(lane.method().isEmpty() || lane.method().equals(lane.family()) ? " " : lane.method());
    }

    String titleText() { return title.getText(); }

    String familyText() { return family.getText(); }

    String methodText() { return method.getText(); }

    String timerText() { return timer.getText(); }

    String evaluationsText() { return evaluations.getText(); }

    String costText() { return cost.getText(); }

    /** The message shown instead of pictures; null while pictures are shown. */
    String messageText() { return showingMessage ? message.getText() : null; }

    LanePictures pictures() { return pictures; }
}
