package dev.headroom.model.clamav.db;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.headroom.testing.ExternalProcess;
import dev.headroom.testing.Oracles;

/**
 * ClamAV's own tools as the oracle: {@code sigtool --info} for container headers (it reads them
 * with {@code cl_cvdhead}), {@code clamscan -d} for what a load counts ("Known viruses", the
 * {@code signo} the loaders add up) and whether it fails, {@code sigtool --build --unsigned} to
 * make real {@code .cud} containers.
 */
final class ClamavOracle {

    private static final Pattern KNOWN = Pattern.compile("(?m)^Known viruses: (\\d+)$");

    private ClamavOracle() {
    }

    static void require() {
        Oracles.require(ExternalProcess.onPath("sigtool") != null && ExternalProcess.onPath("clamscan") != null,
                "ClamAV's sigtool and clamscan");
    }

    /**
     * The engine's functionality level ({@code cl_retflevel()}): sigtool's help gives it as the
     * default of {@code --flevel}.
     */
    static int functionalityLevel() throws IOException, InterruptedException {
        ExternalProcess.Run r = ExternalProcess.run(List.of("sigtool", "--help"), null, 30);
        Matcher m = Pattern.compile("--flevel=FLEVEL[^\\n]*\\n\\s*Default: (\\d+)").matcher(r.stdout() + r.stderr());
        if (!m.find()) {
            throw new IOException("no --flevel default in sigtool --help");
        }
        return Integer.parseInt(m.group(1));
    }

    /** What {@code sigtool --info} printed; the fields are null when it did not print them. */
    record Info(boolean parsed, String buildTime, Long version, Long signatures, Long level, String builder,
            String md5, String digitalSignature, String output) {
    }

    static Info info(Path file) throws IOException, InterruptedException {
        ExternalProcess.Run r = ExternalProcess.run(List.of("sigtool", "--info=" + file), file.getParent(), 30);
        String out = r.stdout() + r.stderr();
        boolean parsed = !out.contains("Can't read/parse CVD header");
        return new Info(parsed, field(out, "Build time: "), number(out, "Version: "), number(out, "Signatures: "),
                number(out, "Functionality level: "), field(out, "Builder: "), field(out, "MD5: "),
                field(out, "Digital signature: "), out);
    }

    private static String field(String out, String prefix) {
        for (String line : out.split("\n", -1)) {
            if (line.startsWith(prefix)) {
                return line.substring(prefix.length());
            }
        }
        return null;
    }

    private static Long number(String out, String prefix) {
        String v = field(out, prefix);
        return v == null ? null : Long.valueOf(v.trim());
    }

    /**
     * A load by clamscan of these databases (files or directories, in this order) and a scan of
     * an empty file.
     *
     * @param loaded       whether the databases loaded (exit 0)
     * @param knownViruses the count clamscan printed; -1 when it printed none
     */
    record Load(boolean loaded, long knownViruses, String output) {
    }

    static Load clamscan(List<Path> databases, Path emptyFile) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of("clamscan", "--stdout"));
        for (Path d : databases) {
            cmd.add("--database=" + d);
        }
        cmd.add(emptyFile.toString());
        ExternalProcess.Run r = ExternalProcess.run(cmd, null, 60);
        Matcher m = KNOWN.matcher(r.stdout());
        long known = m.find() ? Long.parseLong(m.group(1)) : -1;
        return new Load(r.rc() == 0, known, r.stdout() + r.stderr());
    }

    /**
     * {@code sigtool --build=NAME.cud --unsigned} in {@code dir}, which must hold the database
     * files {@code NAME.<ext>}; returns the container.
     */
    static Path buildUnsigned(Path dir, String name, int version) throws IOException, InterruptedException {
        Files.writeString(dir.resolve("COPYING"), "generated for headroom's differential test\n");
        ExternalProcess.Run r = ExternalProcess.run(List.of("env", "SIGNDUSER=headroom", "sigtool",
                "--build=" + name + ".cud", "--unsigned", "--no-cdiff", "--cvd-version=" + version,
                "--datadir=" + dir), dir, 60);
        Path cud = dir.resolve(name + ".cud");
        if (r.rc() != 0 || !Files.isRegularFile(cud)) {
            throw new IOException("sigtool --build failed: " + r.stdout() + r.stderr());
        }
        return cud;
    }
}
