package io.patchbay.bench;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.patchbay.testsupport.TestCaptures;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Big {@code ip -j -d link show} and {@code ip -j addr show} outputs for benchmarks and scale
 * tests, built from the real device objects of the captures in {@code captures/json} (a bridge,
 * a veth pair, a tap and this machine's virtio NIC) with new names, indexes and MACs.
 *
 * <p>The host: {@code lo}, then groups of 20 devices: a bridge {@code brG}, its uplink NIC
 * {@code enoG}, a veth pair {@code vethGa}/{@code vethGb} ({@code a} a port) and 16 taps
 * {@code vnetN} as ports, about one in five without carrier (its VM is down). Deterministic for
 * a given seed.
 */
public final class BigCaptureGenerator {
    /** Devices per bridge group. */
    public static final int GROUP = 20;
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The two outputs of one generated host. */
    public record Capture(String link, String addr, int devices) {
    }

    private final SplittableRandom random;
    private final Templates link;
    private final Templates addr;

    private BigCaptureGenerator(long seed) {
        this.random = new SplittableRandom(seed);
        this.link = Templates.from(TestCaptures.read("json/ip-j-d-link.json"),
                TestCaptures.read("json/host-eth0-ip-j-d-link.json"));
        this.addr = Templates.from(TestCaptures.read("json/ip-j-addr.json"), null);
    }

    /** A host with exactly {@code devices} devices (at least 1: lo). */
    public static Capture generate(int devices, long seed) {
        return new BigCaptureGenerator(seed).build(devices);
    }

    private Capture build(int devices) {
        ArrayNode links = JSON.createArrayNode();
        ArrayNode addrs = JSON.createArrayNode();
        links.add(link.lo.deepCopy());
        addrs.add(addr.lo.deepCopy());
        int ifindex = 1;
        int tap = 0;
        for (int g = 0; links.size() < devices; g++) {
            String bridge = "br" + g;
            String nicMac = mac("52:54:00");
            for (int pos = 0; pos < GROUP && links.size() < devices; pos++) {
                ifindex++;
                ObjectNode l;
                ObjectNode a;
                if (pos == 0) {
                    l = device(link.bridge, bridge, ifindex, nicMac);
                    a = device(addr.bridge, bridge, ifindex, nicMac);
                    inet(a, "10." + (g / 250) + "." + (g % 250) + ".1", 24, bridge);
                    linkLocal(a, nicMac);
                } else if (pos == 1) {
                    l = port(device(link.nic, "eno" + g, ifindex, nicMac), bridge);
                    a = port(device(addr.vethPort, "eno" + g, ifindex, nicMac), bridge);
                    a.remove("link");
                } else if (pos == 2 || pos == 3) {
                    boolean isPort = pos == 2;
                    String name = "veth" + g + (isPort ? "a" : "b");
                    String peer = "veth" + g + (isPort ? "b" : "a");
                    String mac = mac("e6:35:38");
                    l = device(isPort ? link.vethPort : link.vethPeer, name, ifindex, mac);
                    a = device(isPort ? addr.vethPort : addr.vethPeer, name, ifindex, mac);
                    l.put("link", peer);
                    a.put("link", peer);
                    if (isPort) {
                        port(l, bridge);
                        port(a, bridge);
                    } else {
                        inet(a, "10." + (g / 250) + "." + (g % 250) + ".2", 24, name);
                    }
                    linkLocal(a, mac);
                } else {
                    String name = "vnet" + tap++;
                    String mac = mac("fe:54:00");
                    l = port(device(link.tap, name, ifindex, mac), bridge);
                    a = port(device(addr.tap, name, ifindex, mac), bridge);
                    boolean up = random.nextInt(5) != 0;
                    carrier(l, up);
                    carrier(a, up);
                    if (up) {
                        linkLocal(a, mac);
                    }
                }
                links.add(l);
                addrs.add(a);
            }
        }
        try {
            return new Capture(JSON.writeValueAsString(links), JSON.writeValueAsString(addrs), links.size());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ObjectNode device(ObjectNode template, String name, int ifindex, String mac) {
        ObjectNode d = template.deepCopy();
        d.put("ifindex", ifindex);
        d.put("ifname", name);
        if (d.has("address")) {
            d.put("address", mac);
        }
        return d;
    }

    /** Makes {@code d} a port of {@code bridge}, with the bridge-slave data of the captured ports. */
    private ObjectNode port(ObjectNode d, String bridge) {
        d.put("master", bridge);
        if (!d.has("linkinfo") && d.has("inet6_addr_gen_mode")) {
            // a detailed (-d) NIC: give it the slave data of the captured veth port
            ObjectNode info = JSON.createObjectNode();
            info.put("info_slave_kind", "bridge");
            info.set("info_slave_data", link.vethPort.get("linkinfo").get("info_slave_data").deepCopy());
            d.set("linkinfo", info);
        }
        return d;
    }

    private static void carrier(ObjectNode d, boolean up) {
        ArrayNode flags = JSON.createArrayNode();
        if (!up) {
            flags.add("NO-CARRIER");
        }
        flags.add("BROADCAST").add("MULTICAST").add("UP");
        if (up) {
            flags.add("LOWER_UP");
        }
        d.set("flags", flags);
        d.put("operstate", up ? "UP" : "DOWN");
    }

    private static void inet(ObjectNode d, String local, int prefix, String label) {
        ArrayNode info = (ArrayNode) d.get("addr_info");
        ObjectNode a = JSON.createObjectNode();
        a.put("family", "inet");
        a.put("local", local);
        a.put("prefixlen", prefix);
        a.put("scope", "global");
        a.put("label", label);
        a.put("valid_life_time", 4294967295L);
        a.put("preferred_life_time", 4294967295L);
        info.insert(0, a);
    }

    /** The EUI-64 fe80:: address the kernel derives from {@code mac}. */
    private static void linkLocal(ObjectNode d, String mac) {
        String[] o = mac.split(":");
        int[] b = new int[6];
        for (int i = 0; i < 6; i++) {
            b[i] = Integer.parseInt(o[i], 16);
        }
        String local = String.format(Locale.ROOT, "fe80::%x:%x:%x:%x", ((b[0] ^ 0x02) << 8) | b[1], (b[2] << 8) | 0xff,
                0xfe00 | b[3], (b[4] << 8) | b[5]);
        ObjectNode a = JSON.createObjectNode();
        a.put("family", "inet6");
        a.put("local", local);
        a.put("prefixlen", 64);
        a.put("scope", "link");
        a.put("valid_life_time", 4294967295L);
        a.put("preferred_life_time", 4294967295L);
        ((ArrayNode) d.get("addr_info")).add(a);
    }

    private String mac(String prefix) {
        return String.format(Locale.ROOT, "%s:%02x:%02x:%02x", prefix, random.nextInt(256), random.nextInt(256),
                random.nextInt(256));
    }

    /** The captured device objects used as templates. */
    private record Templates(ObjectNode lo, ObjectNode bridge, ObjectNode vethPort, ObjectNode vethPeer,
                             ObjectNode tap, ObjectNode nic) {
        static Templates from(String capture, String nicCapture) {
            try {
                JsonNode all = JSON.readTree(capture);
                ObjectNode nic = nicCapture == null ? null : (ObjectNode) JSON.readTree(nicCapture).get(0);
                return new Templates(find(all, "lo"), find(all, "br0"), find(all, "veth1"), find(all, "veth0"),
                        find(all, "vnet0"), nic);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("template capture is not JSON", e);
            }
        }

        private static ObjectNode find(JsonNode all, String name) {
            for (JsonNode d : all) {
                if (name.equals(d.path("ifname").asText())) {
                    ObjectNode copy = (ObjectNode) d.deepCopy();
                    if (copy.has("addr_info")) {
                        // addresses are made per device; ip -j addr prints the array even when empty
                        copy.putArray("addr_info");
                    }
                    return copy;
                }
            }
            throw new IllegalStateException("template device " + name + " missing from the capture");
        }
    }

    /** Writes a capture to files: {@code java ... BigCaptureGenerator DIR [DEVICES] [SEED]}. */
    public static void main(String[] args) {
        Path dir = Path.of(args.length > 0 ? args[0] : ".");
        int devices = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 42L;
        Capture c = generate(devices, seed);
        try {
            Files.writeString(dir.resolve("big-ip-j-d-link.json"), c.link());
            Files.writeString(dir.resolve("big-ip-j-addr.json"), c.addr());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
