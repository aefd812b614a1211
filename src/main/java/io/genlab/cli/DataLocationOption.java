package io.genlab.cli;

import io.genlab.data.DatasetLocations;
import io.genlab.data.GenLabHome;
import picocli.CommandLine.Option;

import java.nio.file.Path;

/** The {@code --data-dir} option shared by every command that loads data, and where data is looked for. */
final class DataLocationOption {
    @Option(names = "--data-dir", paramLabel = "DIR", description = "A folder with Fashion-MNIST IDX files to use before the others.")
    Path dataDir;

    /** GenLab's own datasets, the system's, and the user's folder first if one was named. */
    DatasetLocations locations() {
        DatasetLocations where = DatasetLocations.of(GenLabHome.resolve());
        return dataDir == null ? where : where.withUserFolder(dataDir);
    }
}
