package io.patchbay.console;

import java.nio.file.Path;
import java.util.Map;

/** Where settings, known hosts, MAC pools and the journal live: --home, $PATCHBAY_HOME, $XDG_CONFIG_HOME/patchbay, ~/.config/patchbay. */
public final class ConsoleHome {
    private ConsoleHome() {
    }

    public static Path resolve(String option, Map<String, String> env) {
        if (option != null && !option.isBlank()) {
            return Path.of(option);
        }
        String home = env.get("PATCHBAY_HOME");
        if (home != null && !home.isBlank()) {
            return Path.of(home);
        }
        String xdg = env.get("XDG_CONFIG_HOME");
        if (xdg != null && !xdg.isBlank()) {
            return Path.of(xdg, "patchbay");
        }
        return Path.of(System.getProperty("user.home"), ".config", "patchbay");
    }
}
