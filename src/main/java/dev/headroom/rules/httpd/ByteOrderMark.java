package dev.headroom.rules.httpd;

import dev.headroom.model.Severity;
import dev.headroom.model.httpd.HttpdEvent;
import dev.headroom.rules.RuleInfo;

/** A file starts with a UTF-8 byte order mark; httpd reads it as part of the first line. */
public final class ByteOrderMark extends EventRule {

    static final RuleInfo INFO = new RuleInfo("HT018", "byte-order-mark", Severity.ERROR, "httpd",
            "The file starts with a UTF-8 byte order mark, which httpd takes as part of the first directive's name.");

    public ByteOrderMark() {
        super(HttpdEvent.Kind.BYTE_ORDER_MARK);
    }

    @Override
    public RuleInfo info() {
        return INFO;
    }
}
