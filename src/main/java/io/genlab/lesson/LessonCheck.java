package io.genlab.lesson;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks a lesson's links against what the workbench has: every view exists, every setting is
 * one that view takes, every model is a shipped one. The viewer reports the problems when the
 * lesson opens; the tests require none.
 */
public final class LessonCheck {
    private LessonCheck() {}

    /**
     * @param views  the workbench's view ids and the settings each takes
     * @param models the pretrained model names (folders of lessons/models)
     * @return one sentence per problem; empty when every link works
     */
    public static List<String> problems(Lesson lesson, Map<String, Set<String>> views, Set<String> models) {
        return problems(lesson.actions(), views, models);
    }

    /** The same check for links outside a lesson (the Start view's). */
    public static List<String> problems(List<LessonAction> links, Map<String, Set<String>> views, Set<String> models) {
        List<String> out = new ArrayList<>();
        for (LessonAction a : links) {
            String where = "link '" + a.text() + "'";
            Set<String> settings = views.get(a.view());
            if (settings == null) {
                out.add(where + " opens view '" + a.view() + "', which the workbench does not have (views: "
                        + String.join(", ", views.keySet()) + ")");
                continue;
            }
            for (var s : a.settings().entrySet()) {
                if (s.getKey().equals(LessonAction.MODEL)) {
                    if (!models.contains(s.getValue())) {
                        out.add(where + " needs model '" + s.getValue() + "', which is not in lessons/models (have: "
                                + String.join(", ", models) + ")");
                    }
                } else if (!settings.contains(s.getKey())) {
                    out.add(where + " sets '" + s.getKey() + "', which view '" + a.view() + "' does not take ("
                            + (settings.isEmpty() ? "it takes none" : "it takes: " + String.join(", ", new java.util.TreeSet<>(settings))) + ")");
                }
            }
        }
        return out;
    }
}
