package dev.headroom.model.phpfpm;

import java.util.ArrayList;
import java.util.List;

import dev.headroom.source.SourceFile;

/**
 * php-fpm on the host: one master per configuration file found (Debian runs one per PHP
 * version, {@code php8.2-fpm.service} and {@code php7.4-fpm.service} side by side), and every
 * file read.
 */
public record PhpFpmSetup(List<PhpFpmMaster> masters, List<SourceFile> files) {

    public PhpFpmSetup {
        masters = List.copyOf(masters);
        files = List.copyOf(files);
    }

    /** Every pool of every master. */
    public List<PhpFpmPool> pools() {
        List<PhpFpmPool> out = new ArrayList<>();
        masters.forEach(m -> out.addAll(m.pools()));
        return out;
    }

    /** Every problem of every master. */
    public List<PhpFpmProblem> problems() {
        List<PhpFpmProblem> out = new ArrayList<>();
        masters.forEach(m -> out.addAll(m.problems()));
        return out;
    }

    /** The most children all masters run at once. */
    public long maxProcesses() {
        return masters.stream().mapToLong(PhpFpmMaster::maxProcesses).sum();
    }
}
