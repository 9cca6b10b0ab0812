package io.patchbay.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.patchbay.discovery.capture.CaptureDetector;
import io.patchbay.discovery.capture.CaptureKind;
import io.patchbay.discovery.parse.DeviceFacts;
import io.patchbay.discovery.parse.IpJsonParser;
import io.patchbay.discovery.parse.Observation;
import io.patchbay.discovery.parse.ParseException;
import io.patchbay.model.DeviceKind;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class BigCaptureGeneratorTest {

    @Test
    void tenThousandDevicesThatOurParserReads() throws ParseException {
        BigCaptureGenerator.Capture c = BigCaptureGenerator.generate(10_000, 42L);
        assertThat(c.devices()).isEqualTo(10_000);
        assertThat(CaptureDetector.recognise(c.link())).contains(CaptureKind.IP_JSON);
        assertThat(CaptureDetector.recognise(c.addr())).contains(CaptureKind.IP_JSON);

        Observation link = new IpJsonParser().parse(c.link(), "generated link");
        assertThat(link.devices()).hasSize(10_000);
        assertThat(link.warnings()).isEmpty();
        Map<DeviceKind, Long> kinds = link.devices().stream()
                .collect(Collectors.groupingBy(f -> f.kind == null ? DeviceKind.NIC : f.kind, Collectors.counting()));
        // 1 lo, 500 groups (the last one cut to 19 devices): bridge, NIC, veth pair, taps
        assertThat(kinds).containsEntry(DeviceKind.LOOPBACK, 1L).containsEntry(DeviceKind.BRIDGE, 500L)
                .containsEntry(DeviceKind.NIC, 500L).containsEntry(DeviceKind.VETH, 1000L)
                .containsEntry(DeviceKind.TAP, 7999L);
        DeviceFacts vnet0 = link.device("vnet0");
        assertThat(vnet0.master).isEqualTo("br0");
        assertThat(vnet0.mac).startsWith("fe:54:00:");
        assertThat(link.device("eno7").master).isEqualTo("br7");
        assertThat(link.device("eno7").slaveKind).isEqualTo("bridge_slave");
        assertThat(link.device("veth3a").parent).isEqualTo("veth3b");

        Observation addr = new IpJsonParser().parse(c.addr(), "generated addr");
        Map<String, DeviceFacts> byName = addr.devices().stream()
                .collect(Collectors.toMap(f -> f.name, Function.identity()));
        assertThat(byName).hasSize(10_000);
        assertThat(byName.get("br0").addresses).first().isEqualTo("10.0.0.1/24");
        assertThat(byName.get("br300").addresses).first().isEqualTo("10.1.50.1/24");
        assertThat(byName.get("veth0b").addresses).first().isEqualTo("10.0.0.2/24");
        assertThat(byName.get("br0").mac).isEqualTo(byName.get("eno0").mac);
    }

    @Test
    void theSameSeedGivesTheSameBytes() {
        assertThat(BigCaptureGenerator.generate(500, 7L)).isEqualTo(BigCaptureGenerator.generate(500, 7L));
        assertThat(BigCaptureGenerator.generate(500, 7L).link())
                .isNotEqualTo(BigCaptureGenerator.generate(500, 8L).link());
    }
}
