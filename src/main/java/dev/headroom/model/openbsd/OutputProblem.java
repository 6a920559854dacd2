package dev.headroom.model.openbsd;

/**
 * A line of a command's saved output ({@code vmstat -m}, {@code netstat -m}) that headroom
 * cannot read as the command prints it; the line is left out and the rest is still read.
 *
 * @param line    1-based line of the output
 * @param message what is wrong with it
 */
public record OutputProblem(int line, String message) {
}
