package io.patchbay.discovery.ssh;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.patchbay.discovery.FleetDiscovery;
import io.patchbay.model.Device;
import io.patchbay.model.DeviceKind;
import io.patchbay.model.HostTopology;
import io.patchbay.model.Link;
import io.patchbay.model.LinkKind;
import io.patchbay.model.LinkState;
import io.patchbay.testsupport.Lab;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every lab host read over real SSH equals what {@code ip -j -d link show} says inside its
 * namespace (read here with plain Jackson, independently of our parsers).
 */
@Tag("lab")
class LabTopologyOverSshTest {
    private static final Map<String, DeviceKind> KIND_OF_INFO_KIND = Map.of(
            "bridge", DeviceKind.BRIDGE, "veth", DeviceKind.VETH, "tun", DeviceKind.TAP,
            "macvtap", DeviceKind.MACVTAP, "vxlan", DeviceKind.VXLAN);

    @TempDir
    Path dir;

    @Test
    void everyLabHostOverSshEqualsIpJsonInItsNamespace() throws Exception {
        Lab lab = Lab.load();
        SshSettings settings = SshSettings.forHome(dir.resolve("home"), Optional.empty())
                .withKnownHosts(lab.knownHosts()).withSshConfig(lab.sshConfig());
        List<SshHostSource> sources = new ArrayList<>();
        for (String ns : lab.hosts()) {
            sources.add(new SshHostSource(ns, SshTarget.parse(ns), settings));
        }
        Path hostileWitness = Path.of("/var/lib/pbtest/x");
        Files.deleteIfExists(hostileWitness);
        List<FleetDiscovery.Result> results;
        try (FleetDiscovery fleet = new FleetDiscovery(8, Duration.ofSeconds(30))) {
            results = fleet.refreshAll(sources);
        } finally {
            sources.forEach(SshHostSource::close);
        }
        assertThat(results).hasSize(lab.hosts().size());
        for (FleetDiscovery.Result r : results) {
            assertThat(r.error()).as("error for " + r.source().describe()).isNull();
            HostTopology t = r.topology();
            String ns = t.name();
            JsonNode ip = new ObjectMapper().readTree(String.join("\n", lab.runInHost(ns, "ip", "-j", "-d", "link", "show")));
            Map<String, JsonNode> byName = new HashMap<>();
            ip.forEach(n -> byName.put(n.get("ifname").asText(), n));
            assertThat(t.devices()).extracting(Device::name).as(ns).containsExactlyInAnyOrderElementsOf(byName.keySet());
            for (Device d : t.devices()) {
                JsonNode n = byName.get(d.name());
                String what = ns + " " + d.name();
                assertThat(d.mtu()).as(what + " mtu").isEqualTo(n.get("mtu").asInt());
                assertThat(d.master()).as(what + " master").isEqualTo(n.has("master") ? n.get("master").asText() : null);
                assertThat(d.state()).as(what + " state").isEqualTo(LinkState.fromOperstate(n.get("operstate").asText()));
                String infoKind = n.path("linkinfo").path("info_kind").asText(null);
                if ("loopback".equals(n.path("link_type").asText())) {
                    assertThat(d.kind()).as(what).isEqualTo(DeviceKind.LOOPBACK);
                } else {
                    assertThat(d.kind()).as(what + " kind").isEqualTo(KIND_OF_INFO_KIND.get(infoKind));
                    assertThat(d.mac()).as(what + " mac").isEqualTo(n.get("address").asText());
                }
                if (d.kind() == DeviceKind.TAP) {
                    assertThat(d.vnicTap()).as(what + " is a vNIC tap (fe: MAC)").isEqualTo(d.mac().startsWith("fe:"));
                }
                if (n.has("master")) {
                    assertThat(t.links()).contains(new Link(d.name(), n.get("master").asText(), LinkKind.PORT));
                }
                if (d.kind() == DeviceKind.MACVTAP) {
                    assertThat(d.macvtap().lower()).as(what + " lower").isEqualTo("eth1");
                    assertThat(d.macvtap().mode()).isEqualTo(n.path("linkinfo").path("info_data").path("mode").asText());
                }
                if (d.kind() == DeviceKind.BRIDGE) {
                    boolean stp = n.path("linkinfo").path("info_data").path("stp_state").asInt() != 0;
                    assertThat(d.bridge().stp()).as(what + " stp").isEqualTo(stp);
                }
            }
            assertThat(t.device("vnet0").orElseThrow().vnicTap()).isTrue();
        }
        HostTopology first = results.get(0).topology();
        assertThat(first.devices()).extracting(Device::name).contains(Lab.HOSTILE_BRIDGES.toArray(String[]::new))
                .contains(Lab.HOSTILE_TAPS.toArray(String[]::new));
        assertThat(hostileWitness).as("a name like $(id>x) must never run as a command").doesNotExist();
    }
}
