package io.patchbay.discovery.ssh;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * An OpenSSH known_hosts file as text: finds the lines that name a host (plain, wildcard, negated
 * and hashed {@code |1|salt|hash} patterns) so that messages can point at them, and appends new
 * entries in OpenSSH's format. Verification itself is done by JSch's KnownHosts.
 */
final class KnownHostsFile {
    /** One line naming the host: its 1-based number, key type and base64 key. */
    record Entry(int line, String keyType, String key) {
    }

    /** Appends from parallel connections (a fleet refresh) must not interleave. */
    private static final Object APPEND_LOCK = new Object();

    private final Path file;

    KnownHostsFile(Path file) {
        this.file = file;
    }

    Path path() {
        return file;
    }

    /** The host as known_hosts names it: {@code host} on port 22, {@code [host]:port} otherwise. */
    static String hostEntry(String host, int port) {
        return port == 22 ? host : "[" + host + "]:" + port;
    }

    /** Lines (not @revoked, not @cert-authority) whose patterns match {@code hostEntry}; empty when none or unreadable. */
    List<Entry> entriesFor(String hostEntry) {
        List<Entry> found = new ArrayList<>();
        List<String> lines;
        try {
            lines = Files.exists(file) ? Files.readAllLines(file, StandardCharsets.UTF_8) : List.of();
        } catch (IOException e) {
            return found;
        }
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#") || line.startsWith("@")) {
                continue;
            }
            String[] f = line.split("\\s+");
            if (f.length >= 3 && matches(f[0], hostEntry)) {
                found.add(new Entry(i + 1, f[1], f[2]));
            }
        }
        return found;
    }

    /**
     * Appends {@code hostEntry keyType base64}. A missing file is created with mode 600 (and a
     * missing folder with 700).
     */
    void append(String hostEntry, byte[] blob) throws IOException {
        synchronized (APPEND_LOCK) {
            appendLocked(hostEntry, blob);
        }
    }

    private void appendLocked(String hostEntry, byte[] blob) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        if (dir != null && !Files.isDirectory(dir)) {
            Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        }
        try {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (FileAlreadyExistsException e) {
            // appended to below
        }
        String prefix = "";
        long size = Files.size(file);
        if (size > 0) {
            byte[] all = Files.readAllBytes(file);
            if (all[all.length - 1] != '\n') {
                prefix = "\n";
            }
        }
        String entry = prefix + hostEntry + " " + HostKeyBlob.type(blob) + " " + HostKeyBlob.base64(blob) + "\n";
        Files.writeString(file, entry, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
    }

    /** OpenSSH's match of a comma-separated pattern list: any positive match and no negated match. */
    static boolean matches(String patternList, String hostEntry) {
        if (patternList.startsWith("|1|")) {
            return hashedMatch(patternList, hostEntry);
        }
        boolean positive = false;
        for (String p : patternList.split(",")) {
            if (p.startsWith("!")) {
                if (glob(p.substring(1), hostEntry)) {
                    return false;
                }
            } else if (glob(p, hostEntry)) {
                positive = true;
            }
        }
        return positive;
    }

    private static boolean hashedMatch(String field, String hostEntry) {
        String[] parts = field.split("\\|", -1); // "", "1", salt, hash
        if (parts.length != 4) {
            return false;
        }
        try {
            byte[] salt = Base64.getDecoder().decode(parts[2]);
            byte[] hash = Base64.getDecoder().decode(parts[3]);
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(salt, "HmacSHA1"));
            byte[] computed = mac.doFinal(hostEntry.getBytes(StandardCharsets.UTF_8));
            return java.security.MessageDigest.isEqual(computed, hash);
        } catch (IllegalArgumentException | GeneralSecurityException e) {
            return false;
        }
    }

    /** Case-insensitive glob with {@code *} and {@code ?}. */
    static boolean glob(String pattern, String text) {
        return glob(pattern.toLowerCase(java.util.Locale.ROOT).replaceAll("\\*+", "*"), 0, text.toLowerCase(java.util.Locale.ROOT), 0);
    }

    private static boolean glob(String p, int pi, String t, int ti) {
        while (pi < p.length()) {
            char c = p.charAt(pi);
            if (c == '*') {
                for (int k = ti; k <= t.length(); k++) {
                    if (glob(p, pi + 1, t, k)) {
                        return true;
                    }
                }
                return false;
            }
            if (ti >= t.length() || (c != '?' && c != t.charAt(ti))) {
                return false;
            }
            pi++;
            ti++;
        }
        return ti == t.length();
    }
}
