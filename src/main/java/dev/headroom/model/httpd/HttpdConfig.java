package dev.headroom.model.httpd;

import java.util.List;

import dev.headroom.source.Origin;
import dev.headroom.source.SourceFile;

/**
 * The effective httpd configuration: every live directive in the order httpd executes them,
 * the modules loaded, the MPM and what it will really run with, and what was noticed on the
 * way.
 *
 * @param name        the service name: {@code apache2} (Debian) or {@code httpd}
 * @param mainFile    the server path of the main configuration file
 * @param mainDisplay the main file as shown to people
 * @param files       every file read, in reading order (parses are not kept: a file is
 *                    parsed again when it is to be edited)
 * @param mpm         the MPM's effective settings, or null when none (or several) is loaded
 * @param mpmAssumed  true when a lone fragment loaded no MPM and one was assumed for checking
 * @param mpmOrigin   where the MPM was loaded (null when assumed)
 */
public record HttpdConfig(String name, String mainFile, String mainDisplay, List<SourceFile> files,
        List<HttpdDirective> directives, List<String> modules, MpmSettings mpm, boolean mpmAssumed,
        Origin mpmOrigin, List<HttpdEvent> events) {

    /**
     * A remedy setting an MPM directive: on the line that sets it now, else added beside
     * MaxRequestWorkers (or where the MPM is loaded, or in the main file).
     */
    public dev.headroom.model.Remedy remedy(MpmDirective d, String value) {
        Setting now = mpm == null ? null : mpm.settings().get(d.directive);
        if (now != null && now.origin() != null) {
            return new dev.headroom.model.Remedy(dev.headroom.model.Remedy.Kind.HTTPD_DIRECTIVE, now.origin().file(),
                    d.directive, value, now.origin().line());
        }
        Setting mrw = mpm == null ? null : mpm.settings().get(MpmDirective.MAX_REQUEST_WORKERS.directive);
        Origin home = mrw != null && mrw.origin() != null ? mrw.origin() : mpmOrigin;
        return new dev.headroom.model.Remedy(dev.headroom.model.Remedy.Kind.HTTPD_DIRECTIVE,
                home != null ? home.file() : mainDisplay, d.directive, value, 0);
    }
}
