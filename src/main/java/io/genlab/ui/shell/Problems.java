package io.genlab.ui.shell;

/**
 * Where views report what went wrong (a damaged checkpoint, a NaN, a file that cannot be written),
 * in words a user can act on. The workbench shows it as a banner; the window stays usable.
 */
@FunctionalInterface
public interface Problems {

    /**
     * @param what  what the user was doing, e.g. "Opening the run"
     * @param cause the error; its message says what is wrong and, ideally, what to do
     */
    void report(String what, Exception cause);

    /** The message to show for an error: its own message, or its type when it has none. */
    static String describe(Throwable cause) {
        String m = cause.getMessage();
        return m == null || m.isBlank() ? cause.getClass().getSimpleName() : m;
    }
}
