package io.patchbay.ops;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.patchbay.testsupport.GuestSerial.GuestNic;
import io.patchbay.testsupport.Lab;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.w3c.dom.Element;

/** The lab host as tests check it, independently of the code under test: virsh, bridge -j, serial logs. */
final class LabHost {
    private static final Duration T = Duration.ofSeconds(20);
    private static final ObjectMapper JSON = new ObjectMapper();

    private LabHost() {
    }

    /** {@code bridge -j link}: each bridge port -> its bridge. */
    static Map<String, String> bridgePorts() {
        String text = String.join("\n", Lab.runCommand(T, "bridge", "-j", "link"));
        Map<String, String> ports = new HashMap<>();
        try {
            for (JsonNode n : JSON.readTree(text.isBlank() ? "[]" : text)) {
                if (n.has("master")) {
                    ports.put(n.get("ifname").asText(), n.get("master").asText());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("bridge -j link printed no JSON: " + text, e);
        }
        return ports;
    }

    static boolean linkExists(String dev) {
        return Lab.runCommand(T, "ip", "-o", "link", "show").stream().anyMatch(l -> l.contains(" " + dev + ":")
                || l.contains(" " + dev + "@"));
    }

    static String virshXml(String vm, boolean inactive) {
        List<String> argv = new ArrayList<>(List.of("dumpxml", vm));
        if (inactive) {
            argv.add("--inactive");
        }
        return String.join("\n", Lab.load().virsh(T, argv.toArray(String[]::new)));
    }

    /** The interface with {@code mac} in virsh's XML of {@code vm}, or null. */
    static Element iface(String vm, boolean inactive, String mac) {
        return DeviceXml.interfaceByMac(DeviceXml.parse(virshXml(vm, inactive), vm), mac);
    }

    static boolean running(String vm) {
        return Lab.load().virsh(T, "domstate", vm).get(0).strip().equals("running");
    }

    /** Removes a test MAC from {@code vm} wherever it is (live and persistent), waiting for the guest. */
    static void scrub(String vm, String mac) {
        if (running(vm) && iface(vm, false, mac) != null) {
            Lab.load().virsh(T, "detach-interface", vm, "--type",
                    iface(vm, false, mac).getAttribute("type"), "--mac", mac, "--live");
            io.patchbay.testsupport.Await.until(mac + " gone from the live XML of " + vm, T,
                    () -> iface(vm, false, mac) == null);
        }
        if (iface(vm, true, mac) != null) {
            Lab.load().virsh(T, "detach-interface", vm, "--type",
                    iface(vm, true, mac).getAttribute("type"), "--mac", mac, "--config");
        }
    }

    /** Size of a guest's serial log now (rounds after this offset are newer). */
    static long logSize(Path log) {
        try {
            return Files.size(log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every complete round (PBROUND .. PBEND) the guest printed after {@code offset}. */
    static List<List<GuestNic>> roundsSince(Path log, long offset) {
        String text;
        try {
            byte[] all = Files.readAllBytes(log);
            text = new String(all, (int) Math.min(offset, all.length), (int) Math.max(0, all.length - offset),
                    StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<List<GuestNic>> rounds = new ArrayList<>();
        List<GuestNic> current = null;
        for (String line : text.split("\r?\n")) {
            String l = line.strip();
            if (l.startsWith("PBROUND ")) {
                current = new ArrayList<>();
            } else if (l.startsWith("PBEND ") && current != null) {
                rounds.add(current);
                current = null;
            } else if (current != null && l.startsWith("PBNIC ")) {
                String[] f = l.split("\\s+");
                if (f.length == 4) {
                    current.add(new GuestNic(f[1], f[2].toLowerCase(Locale.ROOT), f[3]));
                }
            }
        }
        return rounds;
    }
}
