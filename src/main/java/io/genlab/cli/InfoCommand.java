package io.genlab.cli;

import io.genlab.data.GenLabHome;

import io.genlab.data.CatalogEntry;
import io.genlab.data.DatasetCatalog;
import io.genlab.data.DatasetLocations;
import io.genlab.nn.Backend;
import io.genlab.train.GenLabVersion;
import io.genlab.train.ModelProvider;
import io.genlab.train.ModelRegistry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.nio.file.Path;

/** {@code genlab info}: version, compute backend, memory bounds, Java, datasets and models. */
@Command(name = "info", mixinStandardHelpOptions = true, description = "Show the version, compute backend, memory bounds, datasets and models.")
final class InfoCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        PrintWriter out = spec.commandLine().getOut();
        Path home = GenLabHome.resolve();
        Backend b = Backend.current();
        out.printf("GenLab        %s%n", GenLabVersion.get());
        out.printf("home          %s%n", home);
        out.printf("backend       ND4J %s%n", b.summary());
        out.printf("native build  %s%n", b.buildFlags());
        out.printf("BLAS          %s%n", b.blas());
        out.printf("threads       %d OpenMP threads on %d cores%n", b.threads(), b.cores());
        out.printf("memory        heap %s, native arrays %s, process %s%n", bytes(b.maxHeapBytes()),
                bytes(b.maxOffHeapBytes()), bytes(b.maxPhysicalBytes()));
        out.printf("Java          %s (%s)%n", System.getProperty("java.version"), System.getProperty("java.vm.name"));
        out.println("datasets");
        for (CatalogEntry e : DatasetCatalog.available(DatasetLocations.of(home))) {
            if (e.active()) out.printf("  %-20s %s%n", e.spec(), DatasetsCommand.describe(e));
        }
        out.println("models");
        for (ModelProvider p : ModelRegistry.discover().providers()) {
            out.printf("  %-20s %-10s %s%n", p.name(), p.family(), p.description());
        }
        out.flush();
    }

    static String bytes(long n) {
        if (n <= 0) return "unbounded";
        if (n >= 1L << 30) return String.format("%.1f GB", n / (double) (1L << 30));
        return String.format("%d MB", n >> 20);
    }
}
