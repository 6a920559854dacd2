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
}
