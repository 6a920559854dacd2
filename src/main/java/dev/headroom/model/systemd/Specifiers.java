package dev.headroom.model.systemd;

/**
 * The unit-name specifiers of systemd.unit(5) SPECIFIERS that depend only on the name:
 * {@code %i %I %n %N %p %P %j %J %%}. Host- and user-dependent ones are left as written.
 */
final class Specifiers {

    private Specifiers() {
    }

    static String expand(String value, String unit) {
        if (value.indexOf('%') < 0) {
            return value;
        }
        String stem = unit.substring(0, unit.lastIndexOf('.'));
        int at = stem.indexOf('@');
        String prefix = at < 0 ? stem : stem.substring(0, at);
        String instance = at < 0 ? "" : stem.substring(at + 1);
        String last = prefix.substring(prefix.lastIndexOf('-') + 1);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c != '%' || i + 1 >= value.length()) {
                out.append(c);
                continue;
            }
            char s = value.charAt(++i);
            switch (s) {
                case 'i': case 'I': out.append(instance); break;
                case 'n': out.append(unit); break;
                case 'N': out.append(stem); break;
                case 'p': case 'P': out.append(prefix); break;
                case 'j': case 'J': out.append(last); break;
                case '%': out.append('%'); break;
                default: out.append('%').append(s);
            }
        }
        return out.toString();
    }
}
