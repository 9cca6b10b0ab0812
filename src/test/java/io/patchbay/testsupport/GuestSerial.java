package io.patchbay.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What a lab guest reports on its serial log: every second its /init prints a round
 * {@code PBROUND n}, one {@code PBNIC <name> <mac> <pci>} line per NIC, then {@code PBEND n}.
 * This reads the last complete round: the guest kernel's own view of its NICs.
 */
public final class GuestSerial {
    /** One NIC as the guest sees it: kernel name, MAC, PCI address of the device. */
    public record GuestNic(String name, String mac, String pci) {
    }

    private static final Duration DEFAULT_WAIT = Duration.ofSeconds(20);

    private final String guest;
    private final Path log;

    GuestSerial(String guest, Path log) {
        this.guest = guest;
        this.log = log;
    }

    /** The serial log of a guest a test made itself from the lab image (same /init). */
    public static GuestSerial of(String guest, Path log) {
        return new GuestSerial(guest, log);
    }

    public Path log() {
        return log;
    }

    /** The NICs of the last complete round, or empty when the guest has not reported yet. */
    public Optional<List<GuestNic>> lastRound() {
        List<String> lines = lines();
        int end = -1;
        for (int i = lines.size() - 1; i >= 0; i--) {
            if (lines.get(i).startsWith("PBEND ")) {
                end = i;
                break;
            }
        }
        if (end < 0) {
            return Optional.empty();
        }
        String round = lines.get(end).substring("PBEND ".length()).strip();
        List<GuestNic> nics = new ArrayList<>();
        for (int i = end - 1; i >= 0; i--) {
            String line = lines.get(i);
            if (line.equals("PBROUND " + round)) {
                Collections.reverse(nics);
                return Optional.of(List.copyOf(nics));
            }
            String[] f = line.strip().split("\\s+");
            if (f.length == 4 && f[0].equals("PBNIC")) {
                nics.add(new GuestNic(f[1], f[2].toLowerCase(Locale.ROOT), f[3]));
            }
        }
        return Optional.empty();
    }

    /**
     * The address of the last {@code PBLEASE <name> <address/prefix>} line the DHCP guest's udhcpc
     * printed for NIC {@code nic}, or empty before its first lease.
     */
    public Optional<String> lastLease(String nic) {
        List<String> lines = lines();
        for (int i = lines.size() - 1; i >= 0; i--) {
            String[] f = lines.get(i).strip().split("\\s+");
            if (f.length == 3 && f[0].equals("PBLEASE") && f[1].equals(nic)) {
                return Optional.of(f[2]);
            }
        }
        return Optional.empty();
    }

    /** Waits until the guest got a DHCP lease on NIC {@code nic} (so that NIC is up); returns its address. */
    public String awaitLease(String nic, Duration timeout) {
        return Await.value(guest + " to get a DHCP lease on " + nic + " (a PBLEASE line in " + log + ")", timeout,
                () -> lastLease(nic));
    }

    private List<String> lines() {
        try {
            return Files.readAllLines(log, StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the serial log of " + guest + ": " + log, e);
        }
    }

    /** Waits (20 s at most) until the guest reports a NIC with {@code mac}; returns it. */
    public GuestNic awaitMac(String mac) {
        return awaitMac(mac, DEFAULT_WAIT);
    }

    public GuestNic awaitMac(String mac, Duration timeout) {
        String want = mac.toLowerCase(Locale.ROOT);
        return Await.value(guest + " to report a NIC with MAC " + want + " on " + log, timeout,
                () -> lastRound().flatMap(r -> r.stream().filter(n -> n.mac().equals(want)).findFirst()));
    }

    /** Waits until the guest's latest complete round no longer lists {@code mac}. */
    public void awaitMacGone(String mac, Duration timeout) {
        String want = mac.toLowerCase(Locale.ROOT);
        Await.until(guest + " to stop reporting MAC " + want + " on " + log, timeout,
                () -> lastRound().map(r -> r.stream().noneMatch(n -> n.mac().equals(want))).orElse(false));
    }
}
