package dev.headroom.cli;

import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;

import picocli.codegen.docgen.manpage.ManPageGenerator;

/**
 * Build step, not a command: writes one AsciiDoc man page per command of the whole tree into
 * the directory named by the only argument. Run by the {@code man-and-deb} profile of the pom
 * with picocli-codegen (a provided dependency, absent from the jar) on the class path;
 * picocli's own generator main cannot be used since it builds the tree from the root class's
 * annotations, and {@link Subcommands} registers the subcommands in code.
 */
public final class ManPages {

    private ManPages() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: ManPages OUTDIR");
            System.exit(ExitCode.USAGE.code);
        }
        PrintWriter none = new PrintWriter(Writer.nullWriter());
        int rc = ManPageGenerator.generateManPage(new File(args[0]), null, new boolean[0], true,
                Main.commandLine(none, none).getCommandSpec());
        System.exit(rc);
    }
}
