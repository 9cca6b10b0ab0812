package io.patchbay.discovery;

import java.nio.charset.StandardCharsets;

/** Which names a Linux network interface can have (the kernel's dev_valid_name). */
final class DeviceNames {
    /** IFNAMSIZ less the terminating NUL. */
    static final int MAX_BYTES = 15;

    private DeviceNames() {
    }

    /** 1 to 15 bytes, not "." or "..", no '/', no white space. */
    static boolean valid(String name) {
        if (name == null || name.isEmpty() || name.equals(".") || name.equals("..")
                || name.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == '/' || Character.isWhitespace(c) || c == '\u00a0' || c == '\u0085') {
                return false;
            }
        }
        return true;
    }
}
