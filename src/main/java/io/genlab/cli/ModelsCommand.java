package io.genlab.cli;

import io.genlab.train.ModelProvider;
import io.genlab.train.ModelRegistry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;

/** {@code genlab models}: the model configurations this GenLab can train. */
@Command(name = "models", mixinStandardHelpOptions = true, description = "List the models that can be trained.")
final class ModelsCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        PrintWriter out = spec.commandLine().getOut();
        out.printf("%-20s %-10s %s%n", "MODEL", "FAMILY", "DESCRIPTION");
        for (ModelProvider p : ModelRegistry.discover().providers()) {
            out.printf("%-20s %-10s %s%n", p.name(), p.family(), p.description());
        }
        out.flush();
    }
}
