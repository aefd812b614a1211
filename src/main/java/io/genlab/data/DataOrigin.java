package io.genlab.data;

/** Where the data of a dataset came from, as reported to the user. */
public enum DataOrigin {
    /** A folder the user named. */
    USER_FOLDER("user folder"),
    /** The full set installed on the system (Debian's dataset-fashion-mnist). */
    SYSTEM("system full set"),
    /** The subset shipped in GenLab's {@code datasets/} folder. */
    BUNDLED("bundled subset"),
    /** Generated from a seed; there are no files. */
    PROCEDURAL("procedural");

    private final String label;

    DataOrigin(String label) { this.label = label; }

    /** A short phrase for users, e.g. "bundled subset". */
    public String label() { return label; }
}
