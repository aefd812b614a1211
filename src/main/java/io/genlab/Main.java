package io.genlab;

import io.genlab.cli.GenLabCli;
import io.genlab.nn.Backend;
import io.genlab.ui.Workbench;

/** Entry point: no arguments open the workbench, anything else runs the command line. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        Backend.preferOneDnn();
        if (args.length == 0) {
            if (!Workbench.displayAvailable()) {
                System.err.println("genlab: no display, so the workbench cannot open (DISPLAY is not set or not reachable).");
                System.err.println("Use the command line instead, e.g. './genlab info', './genlab datasets' or './genlab help'.");
                System.exit(GenLabCli.FAILED);
            }
            Workbench.open();
            return;
        }
        System.exit(GenLabCli.execute(args));
    }
}
