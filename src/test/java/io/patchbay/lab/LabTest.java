package io.patchbay.lab;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.patchbay.testsupport.Lab;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Checks that the lab brought up by lab/up is as lab/README.md describes it. */
@Tag("lab")
class LabTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static Lab lab;

    @BeforeAll
    static void loadLab() {
        lab = Lab.load();
    }

    /** Devices of a namespace by name, from {@code ip -j -d link show}. */
    private static Map<String, JsonNode> links(String ns) throws IOException {
        String out = String.join("\n", lab.runInHost(ns, "ip", "-j", "-d", "link", "show"));
        Map<String, JsonNode> byName = new LinkedHashMap<>();
        for (JsonNode d : JSON.readTree(out)) {
            byName.put(d.path("ifname").asText(), d);
        }
        return byName;
    }

    private static int index(String ns) {
        return Integer.parseInt(ns.substring("pblab".length()));
    }

    private static String kind(JsonNode d) {
        return d.path("linkinfo").path("info_kind").asText();
    }

    private static JsonNode data(JsonNode d) {
        return d.path("linkinfo").path("info_data");
    }

    private static List<String> flags(JsonNode d) {
        List<String> f = new ArrayList<>();
        d.path("flags").forEach(n -> f.add(n.asText()));
        return f;
    }

    private static void assertTap(SoftAssertions soft, Map<String, JsonNode> links, String name,
            String master, String mac, boolean up) {
        JsonNode d = links.get(name);
        soft.assertThat(d).as("tap %s", name).isNotNull();
        if (d == null) {
            return;
        }
        soft.assertThat(kind(d)).as("%s kind", name).isEqualTo("tun");
        soft.assertThat(data(d).path("type").asText()).as("%s tun type", name).isEqualTo("tap");
        soft.assertThat(d.path("master").asText()).as("%s master", name).isEqualTo(master);
        soft.assertThat(d.path("address").asText()).as("%s MAC", name).isEqualTo(mac);
        if (up) {
            soft.assertThat(flags(d)).as("%s flags", name).contains("UP", "LOWER_UP");
            soft.assertThat(d.path("operstate").asText()).as("%s operstate", name).isEqualTo("UP");
        } else {
            soft.assertThat(flags(d)).as("%s flags", name).doesNotContain("UP");
            soft.assertThat(d.path("operstate").asText()).as("%s operstate", name).isEqualTo("DOWN");
        }
    }

    @TestFactory
    Stream<DynamicTest> everyHostHasTheDesignedDevices() {
        return lab.hosts().stream().map(ns -> DynamicTest.dynamicTest(ns, () -> checkHost(ns)));
    }

    private static void checkHost(String ns) throws IOException {
        int i = index(ns);
        String hx = String.format("%02x", i);
        Map<String, JsonNode> links = links(ns);
        SoftAssertions soft = new SoftAssertions();

        soft.assertThat(links).containsKeys("lo", "eth0", "br0", "br1", "vnet0", "vnet1", "vnet2",
                "eth1", "eth1p", "macvtap0", "vxlan42");
        soft.assertThat(flags(links.get("lo"))).as("lo flags").contains("UP");

        JsonNode eth0 = links.get("eth0");
        soft.assertThat(kind(eth0)).as("eth0 kind").isEqualTo("veth");
        soft.assertThat(eth0.path("master").asText()).as("eth0 master").isEqualTo("br0");
        soft.assertThat(eth0.path("address").asText()).as("eth0 MAC").isEqualTo("52:54:00:77:" + hx + ":00");
        soft.assertThat(eth0.path("operstate").asText()).as("eth0 operstate").isEqualTo("UP");

        JsonNode br0 = links.get("br0");
        soft.assertThat(kind(br0)).as("br0 kind").isEqualTo("bridge");
        soft.assertThat(br0.path("address").asText()).as("br0 carries eth0's MAC")
                .isEqualTo(eth0.path("address").asText());
        soft.assertThat(data(br0).path("stp_state").asInt()).as("br0 STP").isZero();
        soft.assertThat(br0.path("operstate").asText()).as("br0 operstate").isEqualTo("UP");

        assertTap(soft, links, "vnet0", "br0", "fe:54:00:" + hx + ":00:01", true);
        assertTap(soft, links, "vnet1", "br0", "fe:54:00:" + hx + ":00:02", false);
        assertTap(soft, links, "vnet2", "br1", "fe:54:00:" + hx + ":00:03", true);

        JsonNode br1 = links.get("br1");
        soft.assertThat(kind(br1)).as("br1 kind").isEqualTo("bridge");
        soft.assertThat(data(br1).path("stp_state").asInt()).as("br1 STP").isEqualTo(1);
        soft.assertThat(br1.path("address").asText()).as("br1 takes its only port's fe: MAC")
                .isEqualTo("fe:54:00:" + hx + ":00:03");

        JsonNode eth1 = links.get("eth1");
        JsonNode eth1p = links.get("eth1p");
        soft.assertThat(kind(eth1)).as("eth1 kind").isEqualTo("veth");
        soft.assertThat(kind(eth1p)).as("eth1p kind").isEqualTo("veth");
        soft.assertThat(eth1.path("link").asText()).as("eth1 peer").isEqualTo("eth1p");
        soft.assertThat(eth1p.path("link").asText()).as("eth1p peer").isEqualTo("eth1");
        soft.assertThat(eth1.has("master")).as("eth1 has no master").isFalse();

        JsonNode macvtap = links.get("macvtap0");
        soft.assertThat(kind(macvtap)).as("macvtap0 kind").isEqualTo("macvtap");
        soft.assertThat(data(macvtap).path("mode").asText()).as("macvtap0 mode").isEqualTo("bridge");
        soft.assertThat(macvtap.path("link").asText()).as("macvtap0 parent").isEqualTo("eth1");
        soft.assertThat(macvtap.path("address").asText()).as("macvtap0 MAC").isEqualTo("52:54:00:" + hx + ":00:10");
        soft.assertThat(macvtap.path("operstate").asText()).as("macvtap0 operstate").isEqualTo("UP");

        JsonNode vxlan = links.get("vxlan42");
        soft.assertThat(kind(vxlan)).as("vxlan42 kind").isEqualTo("vxlan");
        soft.assertThat(data(vxlan).path("id").asInt()).as("vxlan42 id").isEqualTo(42);
        soft.assertThat(data(vxlan).path("port").asInt()).as("vxlan42 dstport").isEqualTo(4789);
        soft.assertThat(data(vxlan).path("local").asText()).as("vxlan42 local").isEqualTo(lab.address(ns));
        soft.assertThat(data(vxlan).path("link").asText()).as("vxlan42 dev").isEqualTo("br0");

        // Only taps carry fe: MACs, apart from bridges that took one from a tap port.
        links.forEach((name, d) -> {
            if (d.path("address").asText().startsWith("fe:") && !kind(d).equals("bridge")) {
                soft.assertThat(kind(d)).as("%s has an fe: MAC", name).isEqualTo("tun");
            }
        });

        String addrs = String.join("\n", lab.runInHost(ns, "ip", "-j", "addr", "show", "dev", "br0"));
        List<String> inet = new ArrayList<>();
        JSON.readTree(addrs).get(0).path("addr_info").forEach(a -> {
            if (a.path("family").asText().equals("inet")) {
                inet.add(a.path("local").asText() + "/" + a.path("prefixlen").asInt());
            }
        });
        soft.assertThat(inet).as("br0 addresses").containsExactly(lab.address(ns) + "/24");
        soft.assertThat(lab.address(ns)).isEqualTo("10.77." + i + ".2");
        soft.assertAll();
    }

    @Test
    void everySshdAnswersWithAnOpenSshBanner() throws IOException {
        List<InetSocketAddress> endpoints = new ArrayList<>();
        endpoints.add(new InetSocketAddress(lab.sshdAddress(), lab.sshdPort()));
        endpoints.add(new InetSocketAddress(lab.sshdAddress(), lab.passwordSshdPort()));
        endpoints.add(new InetSocketAddress(lab.sshdAddress(), lab.passwordOnlySshdPort()));
        for (String ns : lab.hosts()) {
            endpoints.add(new InetSocketAddress(lab.address(ns), 22));
        }
        for (InetSocketAddress ep : endpoints) {
            try (Socket s = new Socket()) {
                s.connect(ep, 3000);
                s.setSoTimeout(3000);
                BufferedReader in = new BufferedReader(
                        new InputStreamReader(s.getInputStream(), StandardCharsets.US_ASCII));
                assertThat(in.readLine()).as("banner of %s", ep).startsWith("SSH-2.0-OpenSSH");
            }
        }
    }

    @Test
    void hostileNamesExistVerbatimInPblab1() throws IOException {
        Map<String, JsonNode> links = links("pblab1");
        SoftAssertions soft = new SoftAssertions();
        for (String bridge : Lab.HOSTILE_BRIDGES) {
            soft.assertThat(links).as("pblab1 devices").containsKey(bridge);
            if (links.containsKey(bridge)) {
                soft.assertThat(kind(links.get(bridge))).as("%s kind", bridge).isEqualTo("bridge");
            }
            // The name also works as one argument to ip, unchanged.
            soft.assertThat(lab.runInHost("pblab1", "ip", "-o", "link", "show", "dev", bridge))
                    .as("ip link show dev %s", bridge).hasSize(1);
        }
        List<String> taps = Lab.HOSTILE_TAPS;
        for (int k = 0; k < taps.size(); k++) {
            String master = k < 2 ? "$(id>x)" : "ü-br";
            assertTap(soft, links, taps.get(k), master, "fe:54:00:01:01:0" + (k + 1), true);
        }
        soft.assertThat("ünïcödé-tap".getBytes(StandardCharsets.UTF_8)).as("longest name, in bytes").hasSize(15);
        soft.assertAll();
    }

    @Test
    void clientFilesMatchTheRunningLab() throws IOException {
        SoftAssertions soft = new SoftAssertions();
        for (Path key : List.of(lab.key(), lab.keyEcdsa(), lab.keyRsa(), lab.keyEncrypted())) {
            soft.assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(key)))
                    .as("mode of %s", key).isEqualTo("rw-------");
            soft.assertThat(Files.getOwner(key).getName()).as("owner of %s", key).isEqualTo("root");
        }
        List<String> known = Files.readAllLines(lab.knownHosts(), StandardCharsets.UTF_8);
        soft.assertThat(known).contains("[127.0.0.1]:" + lab.sshdPort() + " " + keyOf(lab.sshdHostKeyPub()));
        for (String ns : lab.hosts()) {
            soft.assertThat(known).contains(lab.address(ns) + " " + keyOf(lab.hostKeyPub(ns)));
        }
        soft.assertThat(known).contains("[127.0.0.1]:" + lab.passwordSshdPort() + " "
                + keyOf(lab.dir().resolve("loop-pass").resolve("ssh_host_ed25519_key.pub")));
        soft.assertThat(known).contains("[127.0.0.1]:" + lab.passwordOnlySshdPort() + " "
                + keyOf(lab.dir().resolve("loop-pass").resolve("ssh_host_ed25519_key.pub")));
        soft.assertThat(known).hasSize(3 + lab.hosts().size());
        // the encrypted key opens with the lab's passphrase only
        soft.assertThat(Lab.runCommand(Duration.ofSeconds(10), "ssh-keygen", "-y", "-P", lab.keyPassphrase(), "-f",
                lab.keyEncrypted().toString())).singleElement().asString().startsWith(keyOf(Path.of(lab.keyEncrypted() + ".pub")) + " ");

        String config = Files.readString(lab.sshConfig(), StandardCharsets.UTF_8);
        soft.assertThat(config).contains("Host lab-loop\n", "IdentityFile " + lab.key() + "\n",
                "UserKnownHostsFile " + lab.knownHosts() + "\n", "User " + lab.user() + "\n");
        for (String ns : lab.hosts()) {
            soft.assertThat(config).contains("Host " + ns + "\n    HostName " + lab.address(ns) + "\n");
        }

        List<String> namespaces = new ArrayList<>();
        try (Stream<Path> s = Files.list(Path.of("/run/netns"))) {
            s.map(p -> p.getFileName().toString()).filter(n -> n.matches("pblab[0-9]+")).forEach(namespaces::add);
        }
        soft.assertThat(namespaces).as("lab namespaces (none left over)")
                .containsExactlyInAnyOrderElementsOf(lab.hosts());
        soft.assertAll();
    }

    private static String keyOf(Path pub) throws IOException {
        String[] f = Files.readString(pub, StandardCharsets.US_ASCII).trim().split(" ");
        return f[0] + " " + f[1];
    }
}
