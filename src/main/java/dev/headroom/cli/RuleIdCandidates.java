package dev.headroom.cli;

import java.util.Iterator;

import dev.headroom.rules.RuleInfo;
import dev.headroom.rules.RuleRegistry;

/**
 * Every registered rule ID, for shell completion of {@code explain}, {@code --select} and
 * {@code --ignore}. picocli makes one of these with the command tree; the registry is read only
 * when a completion script is generated, so ordinary runs do not pay for it.
 */
final class RuleIdCandidates implements Iterable<String> {

    @Override
    public Iterator<String> iterator() {
        return RuleRegistry.all().stream().map(RuleInfo::id).iterator();
    }
}
