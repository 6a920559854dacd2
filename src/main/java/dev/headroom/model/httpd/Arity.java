package dev.headroom.model.httpd;

import java.util.List;

/**
 * httpd's argument-count checks ({@code server/config.c} invoke_cmd): a required word that is
 * empty (written {@code ""}) counts as missing, and nothing may follow the last word.
 */
final class Arity {

    private Arity() {
    }

    /** TAKE1: exactly one non-empty word. */
    static boolean take1(List<String> w) {
        return w.size() == 1 && !w.get(0).isEmpty();
    }

    /** TAKE2: two words, both non-empty. */
    static boolean take2(List<String> w) {
        return w.size() == 2 && !w.get(0).isEmpty() && !w.get(1).isEmpty();
    }

    /** TAKE12: a non-empty word and an optional second one (which may be empty). */
    static boolean take12(List<String> w) {
        return (w.size() == 1 || w.size() == 2) && !w.get(0).isEmpty();
    }
}
