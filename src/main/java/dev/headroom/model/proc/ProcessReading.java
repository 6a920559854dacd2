package dev.headroom.model.proc;

/**
 * One process as read from {@code /proc}.
 *
 * @param pid        process ID
 * @param ppid       parent's process ID, 0 when unknown
 * @param comm       command name, null when {@code stat} could not be read
 * @param unit       the service it runs in ({@code apache2.service}), null when none
 * @param pssBytes   proportional set size in bytes, null when it could not be read
 * @param unreadable why the size could not be read ({@code permission denied}), or null
 */
public record ProcessReading(int pid, int ppid, String comm, String unit, Long pssBytes, String unreadable) {
}
