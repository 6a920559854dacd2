package dev.headroom.repl;

import java.io.PrintWriter;
import java.nio.file.Path;

import dev.headroom.plan.whatif.Session;
import dev.headroom.report.Style;

/**
 * What the shell's commands share: the session, where the server is, where output goes and
 * how it is styled, and whether the user asked to leave.
 */
final class ShellContext {

    final Session session;
    final Path root;
    final PrintWriter out;
    final PrintWriter err;
    final Style style;
    boolean exit;
    /** Lines refused or failed, for the exit code of a scripted session. */
    int failures;

    ShellContext(Session session, Path root, PrintWriter out, PrintWriter err, Style style) {
        this.session = session;
        this.root = root;
        this.out = out;
        this.err = err;
        this.style = style;
    }
}
