package dev.headroom.rules;

import java.util.List;

import dev.headroom.model.Finding;
import dev.headroom.model.Workspace;

/**
 * The rules a run checks and the severity it gives each: {@code [rules]} of .headroom.ini, the
 * HEADROOM_* environment and the flags. lint, plan, tune and apply check with the same ones, so
 * a rule a project ignores is neither reported nor planned for.
 */
public record RuleSettings(RuleFilter filter, SeverityOverrides severities) {

    /** Every rule, at its own severity. */
    public static final RuleSettings ALL = new RuleSettings(new RuleFilter(List.of(), List.of()),
            SeverityOverrides.NONE);

    /** The findings on this workspace, suppressions applied, severities overridden. */
    public List<Finding> check(Workspace ws) {
        return severities.apply(new Linter(filter).check(ws));
    }
}
