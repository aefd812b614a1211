package io.genlab.data;

/**
 * One line of the dataset listing that {@code genlab datasets} prints: a dataset spec that can
 * be loaded, where its data is, how many images (or points) it has, and whether it is complete.
 *
 * @param spec    the string to pass to {@link DatasetSpec#parse}, e.g. "fashion"
 * @param where   the folder, or a description such as "procedural, any seed"
 * @param count   images in the files; for procedural data, the default count generated
 * @param full    true for a complete dataset (the full release, or procedural data)
 * @param origin  where the data comes from
 * @param active  true if loading {@code spec} uses this entry (the first found wins)
 * @param problem empty if the files read fine, else what is wrong with them
 */
public record CatalogEntry(String spec, String where, long count, boolean full, DataOrigin origin,
                           boolean active, String problem) {
    /** True if the entry's files can be loaded. */
    public boolean usable() { return problem.isEmpty(); }
}
