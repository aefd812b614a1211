package io.genlab.cli;

import io.genlab.train.GenLabVersion;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.PrintWriter;

/** The {@code genlab} command line: experiments, exports and information, without the workbench. */
@Command(name = "genlab", mixinStandardHelpOptions = true, versionProvider = GenLabCli.Version.class,
        description = "Train, sample and visualise small generative image models. Run without a command to open the workbench.",
        subcommands = {InfoCommand.class, DatasetsCommand.class, DatasetCommand.class, ModelsCommand.class,
                TrainCommand.class, ResumeCommand.class, SampleCommand.class, TraceCommand.class, CompleteCommand.class, FieldCommand.class, NoiseCommand.class, BenchCommand.class, ExportCommand.class, FeaturesCommand.class, PretrainCommand.class, JudgeCommand.class, EvalCommand.class, CompareCommand.class, RaceCommand.class, TokensCommand.class, PlaygroundCommand.class, CommandLine.HelpCommand.class})
public final class GenLabCli implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Exit code of a command that failed at run time (bad data, damaged checkpoint, diverged run). */
    public static final int FAILED = 1;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Runs the command line; returns the exit code (0 ok, 1 failed, 2 wrong arguments). */
    public static int execute(String... args) {
        return commandLine().execute(args);
    }

    static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new GenLabCli());
        cl.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            PrintWriter err = commandLine.getErr();
            err.println(commandLine.getCommandSpec().qualifiedName() + ": error: " + messageOf(e));
            err.flush();
            return FAILED;
        });
        return cl;
    }

    private static String messageOf(Throwable e) {
        String m = e.getMessage();
        if (m == null || m.isBlank()) return e.getClass().getSimpleName();
        return m;
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[]{"GenLab " + GenLabVersion.get()};
        }
    }
}
