package dev.headroom.model.mysql;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.headroom.source.SourceFile;

/**
 * The option files of a MySQL/MariaDB server under a root, read as mariadbd 10.11 reads them
 * ({@link MysqlReader}): every option of every group in reading order, the ones the server
 * takes, what it would say, and the memory its buffers can reach.
 */
public final class MysqlConfig {

    private final List<SourceFile> files;
    private final List<MysqlOption> options;
    private final List<MysqlProblem> problems;
    private final MysqlMemory memory;

    MysqlConfig(List<SourceFile> files, List<MysqlOption> options, List<MysqlProblem> readProblems) {
        this.files = List.copyOf(files);
        this.options = List.copyOf(options);
        List<MysqlProblem> all = new ArrayList<>(readProblems);
        this.memory = MysqlMemory.of(MemoryVariables.resolve(serverOptions(), all));
        this.problems = List.copyOf(all);
    }

    /** The files read, each once, in the order first read. */
    public List<SourceFile> files() {
        return files;
    }

    /** Every option line of every group, in reading order. */
    public List<MysqlOption> options() {
        return options;
    }

    /** The options of the groups the server reads ({@link ServerGroups}), in reading order. */
    public List<MysqlOption> serverOptions() {
        List<MysqlOption> out = new ArrayList<>();
        for (MysqlOption o : options) {
            if (ServerGroups.readByServer(o.group())) {
                out.add(o);
            }
        }
        return out;
    }

    /**
     * The server's options by variable ({@link MysqlOption#variable()}: {@code -} as {@code _},
     * no {@code loose-}/{@code skip-}), each the last line that sets it. Prefixes of names are not
     * resolved here; {@link #memory()} does that for the variables it needs.
     */
    public Map<String, MysqlOption> effective() {
        Map<String, MysqlOption> out = new LinkedHashMap<>();
        for (MysqlOption o : serverOptions()) {
            String v = o.variable();
            out.remove(v);
            out.put(v, o);
        }
        return out;
    }

    /** The last server line setting this variable (as {@link #effective()} keys it), or null. */
    public MysqlOption option(String variable) {
        return effective().get(variable);
    }

    /** What the server would say, and what headroom could not read, in reading order (memory variables last). */
    public List<MysqlProblem> problems() {
        return problems;
    }

    /** The buffers of MySQLTuner's formula, with the value and origin of each. */
    public MysqlMemory memory() {
        return memory;
    }

    /** {@code global buffers + max_connections × per-thread buffers}: see {@link MysqlMemory}. */
    public long maxPossibleBytes() {
        return memory.maxPossibleBytes();
    }

    public long globalBuffersBytes() {
        return memory.globalBytes();
    }

    public long perThreadBytes() {
        return memory.perThreadBytes();
    }

    public long maxConnections() {
        return memory.maxConnections().value();
    }

    /** The server whose defaults fill unset variables. */
    public String defaultsOf() {
        return ServerDefaults.SERVER;
    }
}
