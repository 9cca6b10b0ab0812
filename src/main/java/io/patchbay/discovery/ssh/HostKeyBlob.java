package io.patchbay.discovery.ssh;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * Facts about a public key blob in SSH wire format: its type and its SHA256 fingerprint exactly as
 * OpenSSH prints it ({@code SHA256:} + unpadded base64 of SHA-256 over the blob).
 */
final class HostKeyBlob {
    private HostKeyBlob() {
    }

    /** The SHA256 fingerprint, e.g. {@code SHA256:uNiVztksCsDhcc0u9e8BujQXVUpKZIDTMczCvj3tD2s}. */
    static String sha256Fingerprint(byte[] blob) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(blob);
            return "SHA256:" + Base64.getEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }

    /** The type named at the start of the blob (e.g. {@code ssh-ed25519}), or "unknown" when malformed. */
    static String type(byte[] blob) {
        if (blob == null || blob.length < 4) {
            return "unknown";
        }
        int len = ByteBuffer.wrap(blob, 0, 4).getInt();
        if (len <= 0 || len > 64 || len > blob.length - 4) {
            return "unknown";
        }
        String t = new String(blob, 4, len, StandardCharsets.US_ASCII);
        return t.chars().allMatch(c -> c > ' ' && c < 127) ? t : "unknown";
    }

    /** OpenSSH's short name for a key type: ED25519, ECDSA, RSA, DSA, ED448, or the type itself. */
    static String displayType(String type) {
        if (type.startsWith("ssh-ed25519")) {
            return "ED25519";
        } else if (type.startsWith("ecdsa-sha2-")) {
            return "ECDSA";
        } else if (type.startsWith("ssh-rsa") || type.startsWith("rsa-sha2")) {
            return "RSA";
        } else if (type.startsWith("ssh-dss")) {
            return "DSA";
        } else if (type.startsWith("ssh-ed448")) {
            return "ED448";
        }
        return type;
    }

    /** The blob in base64 as known_hosts stores it. */
    static String base64(byte[] blob) {
        return Base64.getEncoder().encodeToString(blob);
    }
}
