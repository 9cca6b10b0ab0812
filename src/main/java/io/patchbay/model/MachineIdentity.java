package io.patchbay.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Which machine (and which network namespace of it) a snapshot was read from, as the host itself
 * reports it: its host name, a digest of {@code /etc/machine-id} and its network namespace. Two
 * snapshots with the same known identity show the same devices: one box, not two.
 *
 * <p>The machine id is "confidential" (machine-id(5)): only a salted digest is kept, never the id.
 * The network namespace counts because one kernel can hold several hosts' worth of networking
 * (the lab's simulated hosts share this machine's id and host name, each in its own namespace).
 *
 * @param hostname      the host name the host reports, or null when unknown
 * @param machineDigest the digest of the machine id ({@link #digest}), or null when unknown
 * @param netns         the network namespace ({@code net:[4026531840]}), or null when unknown
 */
public record MachineIdentity(String hostname, String machineDigest, String netns) {
    /** A snapshot that says nothing about its machine (captures, libvirt alone). */
    public static final MachineIdentity UNKNOWN = new MachineIdentity(null, null, null);

    public MachineIdentity {
        hostname = blankToNull(hostname);
        machineDigest = blankToNull(machineDigest);
        netns = blankToNull(netns);
    }

    /** The identity from what a host reported: its raw machine id is digested here and not kept. */
    public static MachineIdentity reported(String hostname, String rawMachineId, String netns) {
        String id = blankToNull(rawMachineId);
        return new MachineIdentity(hostname, id == null ? null : digest(id), netns);
    }

    /** True when host name and machine id are both known: only then can two snapshots be matched. */
    public boolean known() {
        return hostname != null && machineDigest != null;
    }

    /**
     * True when both are known and name the same machine and network namespace: same host name
     * (case-insensitive), same machine id, and the same namespace (or neither side knows it).
     */
    public boolean sameMachine(MachineIdentity other) {
        return other != null && known() && other.known()
                && hostname.equalsIgnoreCase(other.hostname)
                && machineDigest.equals(other.machineDigest)
                && java.util.Objects.equals(netns, other.netns);
    }

    /** A salted SHA-256 of a machine id (lower-cased, trimmed), 16 bytes in hex. */
    public static String digest(String rawMachineId) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update("patchbay machine-id\n".getBytes(StandardCharsets.UTF_8));
            byte[] d = sha.digest(rawMachineId.strip().toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
