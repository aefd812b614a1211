package io.genlab.cli;

import io.genlab.data.DatasetSpec;
import io.genlab.train.ModelRegistry;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/** Checks of argument values that picocli cannot make itself; a bad value is a usage error (exit code 2). */
final class Arguments {
    private Arguments() {}

    static DatasetSpec dataset(CommandSpec spec, String value) {
        try {
            return DatasetSpec.parse(value);
        } catch (RuntimeException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage(), e);
        }
    }

    static void model(CommandSpec spec, ModelRegistry registry, String value) {
        try {
            registry.get(value);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage(), e);
        }
    }

    /** Whether {@code out} names a GIF (else a PNG); any other extension is a usage error. */
    static boolean isGif(CommandSpec spec, java.nio.file.Path out) {
        String file = out.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        if (file.endsWith(".gif")) return true;
        if (file.endsWith(".png")) return false;
        throw new CommandLine.ParameterException(spec.commandLine(), "--out must end in .png or .gif, got " + out);
    }
}
