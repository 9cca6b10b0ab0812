package io.patchbay.export;

import static org.assertj.core.api.Assertions.assertThat;

import io.patchbay.model.Device;
import io.patchbay.model.DeviceKind;
import io.patchbay.model.HostTopology;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A name with a bidi override (vnet, U+202E, 0ht: a terminal shows it reordered) is made visible
 * in the text output and every export, and stays the same string to a JSON reader.
 */
class BidiNamesTest {
    private static final String NAME = "vnet\u202e0ht";

    private static HostTopology host() {
        Device d = new Device(NAME, DeviceKind.TAP, null, null, null, null, null, null, null, 7, null, null, null, null,
                null, null, false, null);
        return new HostTopology("h\u2066x\u2069", List.of("capture"), List.of(d), List.of(), List.of(), List.of());
    }

    @Test
    void everyBidiControlIsShownAsItsCode() {
        assertThat(SafeText.terminal(NAME)).isEqualTo("vnet\\u202e0ht");
        for (char c : new char[] {'\u202a', '\u202b', '\u202c', '\u202d', '\u202e', '\u2066', '\u2067', '\u2068', '\u2069'}) {
            assertThat(SafeText.terminal("a" + c)).isEqualTo(String.format("a\\u%04x", (int) c));
        }
        assertThat(SafeText.terminal("eth\u200e0")).isEqualTo("eth\u200e0");
        assertThat(SafeText.terminal("e\u001b[31m")).isEqualTo("e\\x1b[31m");
    }

    @Test
    void textDotSvgAndJsonShowNoRawBidiControl() throws Exception {
        List<HostTopology> hosts = List.of(host());
        String text = TopologyText.write(hosts);
        String dot = TopologyDot.write(hosts);
        String json = TopologyJson.write(hosts);
        for (String out : List.of(text, dot, json)) {
            assertThat(out.chars().noneMatch(c -> SafeText.isBidiControl((char) c))).as(out).isTrue();
        }
        assertThat(text).contains("vnet\\u202e0ht");
        assertThat(json).contains("\"name\" : \"vnet\\u202e0ht\"");
        // the same name to a JSON reader
        assertThat(new com.fasterxml.jackson.databind.ObjectMapper().readTree(json).get("hosts").get(0).get("devices")
                .get(0).get("name").asText()).isEqualTo(NAME);
    }
}
