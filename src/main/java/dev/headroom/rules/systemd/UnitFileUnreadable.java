package dev.headroom.rules.systemd;

import dev.headroom.model.systemd.UnitEvent;
import dev.headroom.rules.RuleInfo;
import dev.headroom.rules.httpd.FileUnreadable;

/** GE001 for unit files, drop-ins and system.conf: the same rule, read from systemd's model. */
public final class UnitFileUnreadable extends UnitEventRule {

    public UnitFileUnreadable() {
        super(UnitEvent.Kind.FILE_UNREADABLE);
    }

    @Override
    public RuleInfo info() {
        return FileUnreadable.INFO;
    }
}
