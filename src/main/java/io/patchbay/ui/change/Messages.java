package io.patchbay.ui.change;

import java.util.ResourceBundle;

/** Formats a {@link Message} with the console's strings (an unknown key shows as itself with its arguments). */
public final class Messages {
    private Messages() {
    }

    public static String format(ResourceBundle strings, Message m) {
        if (m == null) {
            return "";
        }
        if (!strings.containsKey(m.key())) {
            return m.key() + " " + String.join(" ", m.args());
        }
        return String.format(strings.getString(m.key()), m.args().toArray());
    }
}
