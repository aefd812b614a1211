package io.genlab.cli;


import io.genlab.data.CatalogEntry;
import io.genlab.data.DatasetCatalog;
import io.genlab.data.DatasetLocations;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;

/** {@code genlab datasets}: every dataset GenLab can load here, and where from. */
@Command(name = "datasets", mixinStandardHelpOptions = true, description = "List the datasets available and where they come from.")
final class DatasetsCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @picocli.CommandLine.Mixin

    DataLocationOption data;

    @Override
    public void run() {
        PrintWriter out = spec.commandLine().getOut();
        DatasetLocations where = data.locations();
        out.printf("%-20s %-6s %s%n", "DATASET", "USED", "SOURCE");
        for (CatalogEntry e : DatasetCatalog.available(where)) {
            out.printf("%-20s %-6s %s%n", e.spec(), e.active() ? "yes" : "", describe(e));
        }
        out.println();
        out.println("Load any of them with --dataset NAME; a folder of IDX files with --dataset idx:PATH.");
        out.flush();
    }

    static String describe(CatalogEntry e) {
        String what = e.usable() ? String.format("%,d %s, %s", e.count(), e.spec().startsWith("toy2d") ? "points" : "images",
                e.full() ? "complete" : "subset") : "unusable: " + e.problem();
        String where = e.where().startsWith(e.origin().label()) ? e.where() : e.origin().label() + ": " + e.where();
        return what + " (" + where + ")";
    }
}
