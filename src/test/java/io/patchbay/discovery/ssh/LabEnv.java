package io.patchbay.discovery.ssh;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The test lab as lab/up describes it in /run/patchbay-lab/lab.env: user pbtest, client keys, the
 * loopback sshd (lab-loop, 127.0.0.1:2222) and the namespace hosts pblab1..3 with their sshds.
 */
final class LabEnv {
    static final Path DIR = Path.of("/run/patchbay-lab");
    private static Map<String, String> values;

    private LabEnv() {
    }

    static synchronized String get(String key) {
        if (values == null) {
            values = read(DIR.resolve("lab.env"));
        }
        String v = values.get(key);
        if (v == null) {
            throw new IllegalStateException(key + " is missing from " + DIR.resolve("lab.env") + "; run lab/up (as root)");
        }
        return v;
    }

    static String user() {
        return get("LAB_USER");
    }

    /** The client key of a type: ed25519, ecdsa or rsa. */
    static Path key(String type) {
        return Path.of(get(type.equals("ed25519") ? "LAB_KEY" : "LAB_KEY_" + type.toUpperCase(java.util.Locale.ROOT)));
    }

    static int loopPort() {
        return Integer.parseInt(get("LAB_SSHD_PORT"));
    }

    static String loopAddr() {
        return get("LAB_SSHD_ADDR");
    }

    static Path loopHostKeyPub() {
        return Path.of(get("LAB_SSHD_HOST_KEY_PUB"));
    }

    static Path loopSshdLog() {
        return DIR.resolve("loop").resolve("sshd.log");
    }

    static String addr(String host) {
        return get("LAB_ADDR_" + host);
    }

    static Path hostKeyPub(String host) {
        return Path.of(get("LAB_HOST_KEY_PUB_" + host));
    }

    static Path sshdLog(String host) {
        return DIR.resolve("hosts").resolve(host).resolve("sshd.log");
    }

    static Path knownHosts() {
        return Path.of(get("LAB_KNOWN_HOSTS"));
    }

    static Path sshConfig() {
        return Path.of(get("LAB_SSH_CONFIG"));
    }

    private static Map<String, String> read(Path file) {
        Map<String, String> m = new LinkedHashMap<>();
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                String l = line.strip();
                int eq = l.indexOf('=');
                if (l.isEmpty() || l.startsWith("#") || eq <= 0) {
                    continue;
                }
                String v = l.substring(eq + 1);
                if (v.length() >= 2 && v.startsWith("\"") && v.endsWith("\"")) {
                    v = v.substring(1, v.length() - 1);
                }
                m.put(l.substring(0, eq), v);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + "; run lab/up (as root)", e);
        }
        return m;
    }
}
