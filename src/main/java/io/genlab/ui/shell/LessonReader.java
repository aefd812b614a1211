package io.genlab.ui.shell;

import javax.swing.JComponent;

/** The sidebar's lesson reader as the window uses it: shown in the Lessons tab, paged with Page Up / Page Down. */
public interface LessonReader {

    /** The panel; created once and reused. */
    JComponent component();

    /** The lesson shown, 0-based, or -1 when there is none. */
    int selectedIndex();

    /** Shows lesson number {@code index} (0-based); other numbers are ignored. */
    void select(int index);

    /** Shows the lesson with this number (10 for "10-comparing-architectures.md"), if there is one. */
    void selectNumber(int number);

    /** The next ({@code +1}) or previous ({@code -1}) lesson, if there is one. */
    void step(int direction);

    /** Follows a lesson link, as a click on it does. */
    void follow(String destination, String text);
}
