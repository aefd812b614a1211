package io.genlab.ui.shell;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.genlab.train.AtomicFiles;

import java.awt.Rectangle;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the workbench remembers between sessions: the window's place and size, the last view,
 * whether explanations are shown, and the recently opened runs. Kept in one small JSON file
 * ({@code ~/.config/genlab/workbench.json}, or the {@code genlab.config} system property). A
 * missing or damaged file gives the defaults; it never stops the workbench from opening.
 */
public final class UiPrefs {
    public static final int MAX_RECENT = 8;
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final Path file;
    private Rectangle bounds;
    private boolean maximized;
    private String lastView = "";
    private boolean explanationsShown = true;
    private boolean lessonsShown;
    private int lastLesson;
    private final List<Path> recentRuns = new ArrayList<>();

    private UiPrefs(Path file) {
        this.file = file;
    }

    /** The file the workbench uses on this machine. */
    public static Path defaultFile() {
        String configured = System.getProperty("genlab.config");
        if (configured != null && !configured.isBlank()) return Path.of(configured);
        return Path.of(System.getProperty("user.home"), ".config", "genlab", "workbench.json");
    }

    /** Reads the preferences; any problem with the file gives the defaults. */
    public static UiPrefs load(Path file) {
        UiPrefs p = new UiPrefs(file);
        if (!Files.isRegularFile(file)) return p;
        try {
            JsonNode root = MAPPER.readTree(file.toFile());
            JsonNode w = root.path("window");
            if (w.path("width").asInt() >= 400 && w.path("height").asInt() >= 300) {
                p.bounds = new Rectangle(w.path("x").asInt(), w.path("y").asInt(), w.path("width").asInt(), w.path("height").asInt());
            }
            p.maximized = w.path("maximized").asBoolean(false);
            p.lastView = root.path("lastView").asText("");
            p.explanationsShown = root.path("explanationsShown").asBoolean(true);
            p.lessonsShown = root.path("lessonsShown").asBoolean(false);
            p.lastLesson = Math.max(0, root.path("lastLesson").asInt(0));
            for (JsonNode r : root.path("recentRuns")) {
                if (r.isTextual() && p.recentRuns.size() < MAX_RECENT) p.recentRuns.add(Path.of(r.asText()));
            }
        } catch (IOException | RuntimeException e) {
            return new UiPrefs(file);                 // damaged: start from the defaults, overwrite on save
        }
        return p;
    }

    /** Writes the preferences atomically. */
    public void save() throws IOException {
        ObjectNode root = MAPPER.createObjectNode();
        if (bounds != null) {
            ObjectNode w = root.putObject("window");
            w.put("x", bounds.x).put("y", bounds.y).put("width", bounds.width).put("height", bounds.height);
            w.put("maximized", maximized);
        }
        root.put("lastView", lastView);
        root.put("explanationsShown", explanationsShown);
        root.put("lessonsShown", lessonsShown);
        root.put("lastLesson", lastLesson);
        ArrayNode runs = root.putArray("recentRuns");
        for (Path r : recentRuns) runs.add(r.toString());
        Files.createDirectories(file.toAbsolutePath().getParent());
        AtomicFiles.writeString(file, MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root));
    }

    public Optional<Rectangle> bounds() { return Optional.ofNullable(bounds).map(Rectangle::new); }

    public boolean maximized() { return maximized; }

    public void setWindow(Rectangle newBounds, boolean isMaximized) {
        bounds = new Rectangle(newBounds);
        maximized = isMaximized;
    }

    public String lastView() { return lastView; }

    public void setLastView(String id) { lastView = id; }

    public boolean explanationsShown() { return explanationsShown; }

    public void setExplanationsShown(boolean shown) { explanationsShown = shown; }

    /** Whether the sidebar showed the lessons (rather than the list of views). */
    public boolean lessonsShown() { return lessonsShown; }

    public void setLessonsShown(boolean shown) { lessonsShown = shown; }

    /** Position of the last lesson open, in lesson order. */
    public int lastLesson() { return lastLesson; }

    public void setLastLesson(int index) { lastLesson = Math.max(0, index); }

    /** Most recent first. */
    public List<Path> recentRuns() { return List.copyOf(recentRuns); }

    /** Puts a run first in the recent list, dropping the oldest beyond {@link #MAX_RECENT}. */
    public void addRecentRun(Path run) {
        Path abs = run.toAbsolutePath().normalize();
        recentRuns.remove(abs);
        recentRuns.add(0, abs);
        while (recentRuns.size() > MAX_RECENT) recentRuns.remove(recentRuns.size() - 1);
    }
}
