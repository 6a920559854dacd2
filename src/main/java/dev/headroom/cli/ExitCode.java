package dev.headroom.cli;

/** The exit codes of DESIGN.md §2. Never the number of findings. */
public enum ExitCode {
    OK(0), FINDINGS(1), USAGE(2), INPUT(3), INTERNAL(4);

    public final int code;

    ExitCode(int code) {
        this.code = code;
    }
}
