package io.genlab.ui.shell;

import io.genlab.lesson.LessonAction;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Follows lesson links for the window: opens the shipped model a link names (unless it is open
 * already), shows the view and applies the settings. A link naming an unknown view, setting or
 * model changes nothing and is reported.
 */
public final class LessonLinkFollower implements LessonLinks {
    private final WorkbenchContext context;
    private final List<WorkbenchView> views;
    private final Consumer<String> showView;

    /** @param showView shows the view with this id */
    public LessonLinkFollower(WorkbenchContext context, List<WorkbenchView> views, Consumer<String> showView) {
        this.context = context;
        this.views = List.copyOf(views);
        this.showView = showView;
    }

    @Override
    public void follow(String destination, String text) {
        try {
            LessonAction action = LessonAction.parse(text, destination);
            WorkbenchView view = views.stream().filter(v -> v.id().equals(action.view())).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("the workbench has no view '" + action.view() + "'"));
            Map<String, String> settings = new LinkedHashMap<>(action.settings());
            String model = settings.remove(LessonAction.MODEL);
            for (String key : settings.keySet()) {
                if (!view.settings().contains(key)) {
                    throw new IllegalArgumentException("view '" + view.id() + "' has no setting '" + key + "'");
                }
            }
            if (model != null) openShipped(model);
            showView.accept(view.id());
            view.apply(settings);
        } catch (IllegalArgumentException e) {
            context.problems().report("Following the lesson link '" + text.strip() + "'", e);
        }
    }

    private void openShipped(String model) {
        Path run = context.pretrainedFolder().resolve(model);
        if (!models().contains(model)) {
            throw new IllegalArgumentException("there is no shipped model '" + model + "' in " + context.pretrainedFolder());
        }
        ActiveModel active = context.activeModel();
        Path now = active.loading().or(() -> active.current().map(ActiveModel.Loaded::run)).orElse(null);
        if (now == null || !now.toAbsolutePath().normalize().equals(run.toAbsolutePath().normalize())) {
            active.open(run, () -> { });
        }
    }

    @Override
    public Map<String, Set<String>> viewSettings() {
        Map<String, Set<String>> out = new LinkedHashMap<>();
        for (WorkbenchView v : views) out.put(v.id(), v.settings());
        return out;
    }

    @Override
    public Set<String> models() {
        return context.pretrainedRuns().stream().map(p -> p.getFileName().toString())
                .collect(Collectors.toCollection(TreeSet::new));
    }
}
