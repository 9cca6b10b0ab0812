package io.patchbay.discovery;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.patchbay.discovery.local.LocalSource;
import io.patchbay.model.Device;
import io.patchbay.model.HostTopology;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** This machine read without SSH agrees with what iproute2 itself says. */
class LocalSourceTest {
    @Test
    void localTopologyEqualsIpJson() throws Exception {
        HostTopology t = new LocalSource(null, Duration.ofSeconds(20)).refresh();
        Process p = new ProcessBuilder("ip", "-j", "-d", "link", "show").start();
        JsonNode ip = new ObjectMapper().readTree(p.getInputStream());
        assertThat(p.waitFor(10, TimeUnit.SECONDS)).isTrue();

        Map<String, JsonNode> byName = new HashMap<>();
        ip.forEach(n -> byName.put(n.get("ifname").asText(), n));
        assertThat(t.devices()).extracting(Device::name).containsExactlyInAnyOrderElementsOf(byName.keySet());
        for (Device d : t.devices()) {
            JsonNode n = byName.get(d.name());
            assertThat(d.mtu()).as(d.name() + " mtu").isEqualTo(n.get("mtu").asInt());
            assertThat(d.ifindex()).isEqualTo(n.get("ifindex").asInt());
            if (n.has("master")) {
                assertThat(d.master()).as(d.name() + " master").isEqualTo(n.get("master").asText());
            }
            if ("ether".equals(n.path("link_type").asText())) {
                assertThat(d.mac()).as(d.name() + " mac").isEqualTo(n.get("address").asText());
            }
        }
        assertThat(t.sources()).containsExactly("local");
        assertThat(t.name()).isNotBlank();
    }
}
