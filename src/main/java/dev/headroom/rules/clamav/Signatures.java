package dev.headroom.rules.clamav;

import java.util.Locale;

import dev.headroom.model.clamav.ClamdInstance;
import dev.headroom.model.clamav.EngineEstimate;

/** How the ClamAV resource rules name the signatures an estimate is for. */
final class Signatures {

    private Signatures() {
    }

    /** E.g. "the 8,697,303 signatures of /var/lib/clamav", or the official set when not read. */
    static String describe(ClamdInstance c, EngineEstimate e) {
        String n = String.format(Locale.ROOT, "%,d", e.signatures());
        if (c.database() == null) {
            return "the official databases (about " + n + " signatures; " + c.databaseDirectory()
                    + " is not there to count)";
        }
        return "the " + n + " signatures of " + c.databaseDirectory();
    }
}
