package io.genlab.ui.shell;

import java.util.Map;
import java.util.Set;

/** What a lesson reader may do with the workbench: follow a {@code genlab:} link, and check one before it is followed. */
public interface LessonLinks {

    /** Follows a {@code genlab:} link: opens the shipped model it names, shows the view, applies the settings; problems go to the banner. */
    void follow(String destination, String text);

    /** Every view id with the settings it takes. */
    Map<String, Set<String>> viewSettings();

    /** The shipped model names a link may open. */
    Set<String> models();
}
