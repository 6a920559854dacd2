package dev.headroom.source;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The file system of the server being checked, seen from inside a root directory: {@code /} on
 * a live host, or a snapshot such as {@code examples/tarragon/root}. Daemon paths such as
 * {@code /etc/apache2/ports.conf} are resolved inside the root, and symbolic links are followed
 * by hand so that an absolute link target (Debian's {@code sites-enabled/x.conf ->
 * /etc/apache2/sites-available/x.conf}) stays inside the root too. Nothing here can read or
 * list a path outside the root.
 *
 * <p>Server paths are byte strings, one char per byte, like the configuration text they come
 * from; they meet the file system's names (UTF-8) only here.
 *
 * <p>{@link #with} gives the same tree as it would be with some files written, without writing
 * them: {@code headroom tune} reads its what-ifs through it, so the model of a what-if is the
 * model of exactly the files a plan of it would write.
 */
public final class RootedFs {

    /** Files larger than this are refused with a finding instead of being read into memory. */
    public static final long DEFAULT_MAX_FILE_BYTES = 32L * 1024 * 1024;
    private static final int MAX_LINK_HOPS = 40;

    private final Path root;
    private final String displayBase;
    private final long maxFileBytes;
    /** Files as they would be written, by real path (links followed), over what is on disk. */
    private final Map<Path, byte[]> written;

    public RootedFs(Path root) {
        this(root, "/", DEFAULT_MAX_FILE_BYTES);
    }

    /**
     * @param displayBase a server directory that displayed paths are made relative to: the
     *                    root itself ({@code /}) normally; the working directory when files
     *                    named on the command line are checked (paths outside it are shown absolute)
     */
    public RootedFs(Path root, String displayBase, long maxFileBytes) {
        this.root = root.toAbsolutePath().normalize();
        this.displayBase = displayBase.endsWith("/") ? displayBase : displayBase + "/";
        this.maxFileBytes = maxFileBytes;
        this.written = Map.of();
    }

    private RootedFs(RootedFs base, Map<Path, byte[]> written) {
        this.root = base.root;
        this.displayBase = base.displayBase;
        this.maxFileBytes = base.maxFileBytes;
        this.written = written;
    }

    /**
     * This tree as it would be with these files written (created, or replaced), by server path;
     * directories a new file needs appear too. Nothing on disk changes. A path is resolved
     * through this tree's links first, so a file written through a link is seen through the link
     * and at its target alike.
     */
    public RootedFs with(Map<String, byte[]> files) throws IOException {
        Map<Path, byte[]> all = new LinkedHashMap<>(written);
        for (Map.Entry<String, byte[]> e : files.entrySet()) {
            all.put(resolve(e.getKey()), e.getValue().clone());
        }
        return new RootedFs(this, Map.copyOf(all));
    }

    /** Whether a file written through {@link #with} lies under this real directory. */
    private boolean holdsWritten(Path dir) {
        for (Path p : written.keySet()) {
            if (p.startsWith(dir) && !p.equals(dir)) {
                return true;
            }
        }
        return false;
    }

    public Path root() {
        return root;
    }

    /** The path shown to people: relative to the display base, without a leading slash. */
    public String display(String serverPath) {
        if (!serverPath.startsWith(displayBase)) {
            // Outside the working directory the files were named from: absolute, unambiguous.
            return SourceFile.readable(serverPath);
        }
        String p = serverPath.substring(displayBase.length());
        return p.isEmpty() ? "." : SourceFile.readable(p);
    }

    /** The server path of a real path inside the root ({@code /} + the relative part). */
    public String serverPath(Path real) {
        Path rel = root.relativize(real.toAbsolutePath().normalize());
        return "/" + bytes(rel.toString());
    }

    /**
     * Resolves a server path to a real path, following every symbolic link component by
     * component; absolute targets are taken as relative to the root. Returns the path even when
     * it does not exist (so callers can tell "missing" from "outside").
     */
    public Path resolve(String serverPath) throws IOException {
        if (serverPath.indexOf('\0') >= 0) {
            // No file name holds a NUL byte: a path read from a config file can (fuzzed units).
            throw new java.nio.file.NoSuchFileException(SourceFile.readable(serverPath.replace('\0', '?')),
                    null, "a file name cannot hold a NUL byte");
        }
        List<String> pending = new ArrayList<>(components(serverPath));
        List<String> done = new ArrayList<>();
        int hops = 0;
        while (!pending.isEmpty()) {
            String c = pending.remove(0);
            if (c.isEmpty() || c.equals(".")) {
                continue;
            }
            if (c.equals("..")) {
                if (!done.isEmpty()) {
                    done.remove(done.size() - 1);
                }
                continue;
            }
            done.add(c);
            Path real = realOf(done);
            if (Files.isSymbolicLink(real)) {
                if (++hops > MAX_LINK_HOPS) {
                    throw new IOException("Too many levels of symbolic links: " + serverPath);
                }
                String target = bytes(Files.readSymbolicLink(real).toString());
                done.remove(done.size() - 1);
                if (target.startsWith("/")) {
                    done.clear();
                }
                pending.addAll(0, components(target));
            }
        }
        return realOf(done);
    }

    /**
     * The target of a symbolic link, not followed (its parent directories are), or null when
     * the path is not a link. systemd masks a unit with a link to /dev/null.
     */
    public String readLink(String serverPath) {
        int slash = serverPath.lastIndexOf('/');
        try {
            Path dir = resolve(slash <= 0 ? "/" : serverPath.substring(0, slash));
            Path p = dir.resolve(new String(serverPath.substring(slash + 1).getBytes(StandardCharsets.ISO_8859_1),
                    StandardCharsets.UTF_8));
            return !written.containsKey(p) && Files.isSymbolicLink(p) ? bytes(Files.readSymbolicLink(p).toString()) : null;
        } catch (IOException | java.nio.file.InvalidPathException e) {
            return null;
        }
    }

    /** The size of a file, following links; -1 when it cannot be read. */
    public long size(String serverPath) {
        try {
            Path real = resolve(serverPath);
            byte[] w = written.get(real);
            return w != null ? w.length : Files.size(real);
        } catch (IOException e) {
            return -1;
        }
    }

    public boolean isDirectory(String serverPath) {
        try {
            Path real = resolve(serverPath);
            return !written.containsKey(real) && (Files.isDirectory(real) || holdsWritten(real));
        } catch (IOException e) {
            return false;
        }
    }

    public boolean exists(String serverPath) {
        try {
            Path real = resolve(serverPath);
            return written.containsKey(real) || Files.exists(real, LinkOption.NOFOLLOW_LINKS) || holdsWritten(real);
        } catch (IOException e) {
            return false;
        }
    }

    /** Names of the entries of a directory, unsorted; throws NoSuchFileException when absent. */
    public List<String> list(String serverPath) throws IOException {
        Path dir = resolve(serverPath);
        boolean onDisk = Files.exists(dir);
        if (!onDisk && !holdsWritten(dir)) {
            throw new NoSuchFileException(serverPath);
        }
        Set<String> names = new LinkedHashSet<>();
        if (onDisk) {
            try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir)) {
                for (Path p : ds) {
                    names.add(bytes(p.getFileName().toString()));
                }
            }
        }
        for (Path p : written.keySet()) {
            if (p.startsWith(dir) && !p.equals(dir)) {
                names.add(bytes(dir.relativize(p).getName(0).toString()));
            }
        }
        return new ArrayList<>(names);
    }

    /** Reads a file whole, refusing files over the size limit. */
    public SourceFile read(String serverPath) throws IOException {
        Path real = resolve(serverPath);
        byte[] w = written.get(real);
        if (w != null) {
            return SourceFile.fromBytes(serverPath, display(serverPath), w);
        }
        if (!Files.exists(real)) {
            throw new NoSuchFileException(serverPath);
        }
        if (Files.isDirectory(real)) {
            throw new IOException("Is a directory");
        }
        if (!Files.isRegularFile(real)) {
            // A FIFO or a device would block or never end.
            throw new IOException("not a regular file");
        }
        long size = Files.size(real);
        if (size > maxFileBytes) {
            throw new FileTooLargeException(size, maxFileBytes);
        }
        return SourceFile.fromBytes(serverPath, display(serverPath), Files.readAllBytes(real));
    }

    private Path realOf(List<String> comps) {
        Path p = root;
        for (String c : comps) {
            p = p.resolve(new String(c.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8));
        }
        return p;
    }

    /** A file system name as a byte string. */
    private static String bytes(String name) {
        return new String(name.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
    }

    private static List<String> components(String path) {
        List<String> out = new ArrayList<>();
        for (String c : path.split("/")) {
            if (!c.isEmpty()) {
                out.add(c);
            }
        }
        return out;
    }

    /** Thrown for a file over the configured size limit. */
    public static final class FileTooLargeException extends IOException {
        public FileTooLargeException(long size, long limit) {
            super("file is " + size + " bytes, over headroom's limit of " + limit + " bytes");
        }
    }
}
