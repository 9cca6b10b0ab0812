package io.patchbay.discovery.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.patchbay.model.BondSlave;
import io.patchbay.model.DeviceKind;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BondingParserTest {
    private static Map<String, DeviceFacts> byName(Observation obs) {
        Map<String, DeviceFacts> byName = new LinkedHashMap<>();
        obs.devices().forEach(d -> byName.put(d.name, d));
        return byName;
    }

    private static Observation corpus(String file) throws ParseException {
        return new BondingParser("bond0").parse(TextSamples.corpus("bond", file), "capture " + file);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "load balancing (round-robin)|balance-rr",
            "fault-tolerance (active-backup)|active-backup",
            "load balancing (xor)|balance-xor",
            "fault-tolerance (broadcast)|broadcast",
            "IEEE 802.3ad Dynamic link aggregation|802.3ad",
            "transmit load balancing|balance-tlb",
            "adaptive load balancing|balance-alb",
            "balance-rr|balance-rr", "active-backup|active-backup", "balance-xor|balance-xor",
            "broadcast|broadcast", "802.3ad|802.3ad", "balance-tlb|balance-tlb", "balance-alb|balance-alb"})
    void shortModeNames(String printed, String shortName) {
        assertThat(BondingParser.shortMode(printed)).isEqualTo(shortName);
    }

    @Test
    void shortModeOfSomethingElseIsNull() {
        assertThat(BondingParser.shortMode(null)).isNull();
        assertThat(BondingParser.shortMode("")).isNull();
        assertThat(BondingParser.shortMode("load balancing")).isNull();
    }

    @Test
    void roundRobin() throws ParseException {
        Observation obs = corpus("BONDINFO_1.txt");
        Map<String, DeviceFacts> d = byName(obs);

        assertThat(obs.warnings()).isEmpty();
        assertThat(d.keySet()).containsExactly("bond0", "eno1", "eno2");
        DeviceFacts bond = d.get("bond0");
        assertThat(bond.kind).isEqualTo(DeviceKind.BOND);
        assertThat(bond.bondMode).isEqualTo("balance-rr");
        assertThat(bond.bondMiiStatus).isEqualTo("UP");
        assertThat(bond.bondActiveSlave).isNull();
        assertThat(bond.bondSlaves).containsExactly(
                new BondSlave("eno1", null, "UP", "2c:44:fd:80:5c:f8"),
                new BondSlave("eno2", null, "UP", "2c:44:fd:80:5c:f9"));
        DeviceFacts eno2 = d.get("eno2");
        assertThat(eno2.master).isEqualTo("bond0");
        assertThat(eno2.slaveKind).isEqualTo("bond_slave");
        assertThat(eno2.slaveMii).as("as ip -d link prints it").isEqualTo("UP");
        assertThat(eno2.permanentMac).isEqualTo("2c:44:fd:80:5c:f9");
        assertThat(eno2.slaveState).isNull();
        assertThat(eno2.kind).isNull();
    }

    @Test
    void xor() throws ParseException {
        Observation obs = corpus("BONDINFO_MODE_2.txt");
        DeviceFacts bond = byName(obs).get("bond0");
        assertThat(obs.warnings()).isEmpty();
        assertThat(bond.bondMode).isEqualTo("balance-xor");
        assertThat(bond.bondSlaves).extracting(BondSlave::name).containsExactly("eno1", "eno2");
    }

    @Test
    void lacpOldDriverWithAStrayLine() throws ParseException {
        Observation obs = corpus("BONDINFO_MODE_4.txt");
        Map<String, DeviceFacts> d = byName(obs);
        DeviceFacts bond = d.get("bond0");

        assertThat(bond.bondMode).isEqualTo("802.3ad");
        assertThat(bond.bondMiiStatus).isEqualTo("UP");
        assertThat(bond.bondSlaves).containsExactly(
                new BondSlave("eth1", null, "UP", "00:16:35:5e:42:fc", 3),
                new BondSlave("eth2", null, "UP", "00:16:35:5e:02:7e", 2));
        assertThat(bond.bondActiveAggregator).isEqualTo(3);
        assertThat(d.get("eth2").master).isEqualTo("bond0");
        assertThat(obs.warnings()).singleElement().asString()
                .startsWith("capture BONDINFO_MODE_4.txt, line 31:").contains("'Speed'");
    }

    @Test
    void lacpWithPduDetails() throws ParseException {
        Observation obs = corpus("BOND_MODE_4.txt");
        Map<String, DeviceFacts> d = byName(obs);
        DeviceFacts bond = d.get("bond0");

        assertThat(obs.warnings()).isEmpty();
        assertThat(bond.bondMode).isEqualTo("802.3ad");
        assertThat(bond.bondSlaves).containsExactly(
                new BondSlave("enp0s9", null, "UP", "08:00:27:99:a3:6b", 1),
                new BondSlave("enp0s8", null, "DOWN", "08:00:27:a2:8d:f5", 2));
        assertThat(bond.bondActiveAggregator).isEqualTo(1);
        assertThat(d.keySet()).containsExactly("bond0", "enp0s9", "enp0s8");
        assertThat(d.get("enp0s8").slaveMii).isEqualTo("DOWN");
    }

    @Test
    void activeBackup() throws ParseException {
        Observation obs = corpus("BONDINFO_MODE_5.txt");
        DeviceFacts bond = byName(obs).get("bond0");
        assertThat(obs.warnings()).isEmpty();
        assertThat(bond.bondMode).isEqualTo("active-backup");
        assertThat(bond.bondActiveSlave).isEqualTo("enp17s0f0");
        assertThat(bond.bondSlaves).containsExactly(
                new BondSlave("enp17s0f0", null, "UP", "00:1f:f3:af:d3:f0"),
                new BondSlave("enp17s0f1", null, "UP", "00:1f:f3:af:d3:f1"));
    }

    @Test
    void activeBackupWithArpMonitoring() throws ParseException {
        Observation obs = corpus("BONDINFO_MODE_7.txt");
        Map<String, DeviceFacts> d = byName(obs);
        assertThat(obs.warnings()).isEmpty();
        assertThat(d.get("bond0").bondMode).isEqualTo("active-backup");
        assertThat(d.get("bond0").bondActiveSlave).isEqualTo("em3");
        assertThat(d.get("bond0").bondSlaves).extracting(BondSlave::name).containsExactly("em3", "p2p3");
        assertThat(d.get("p2p3").permanentMac).isEqualTo("00:1f:f3:af:d3:f1");
    }

    @Test
    void corruptFileIsAParseErrorWithItsLine() {
        ParseException e = catchThrowableOfType(ParseException.class, () -> corpus("BONDINFO_CORRUPT.txt"));
        assertThat(e).isNotNull();
        assertThat(e.line()).isEqualTo(1);
        assertThat(e.getMessage()).startsWith("capture BONDINFO_CORRUPT.txt, line 1: expected the bonding driver banner")
                .contains("found 'Link Failure Count: 0'");
    }

    @Test
    void modeAndMiiAgreeWithIpDetails() throws ParseException {
        Map<String, DeviceFacts> ip = byName(new IpTextParser().parse(TextSamples.corpus("ip", "IP_D_S_LINK_BOND_1.txt"), "ip"));
        Map<String, DeviceFacts> file = byName(corpus("BONDINFO_MODE_5.txt"));
        assertThat(file.get("bond0").bondMode).isEqualTo(ip.get("bond0").bondMode).isEqualTo("active-backup");
        assertThat(file.get("enp17s0f0").slaveMii).isEqualTo(ip.get("enp1s0").slaveMii).isEqualTo("UP");
    }

    @Test
    void missingModeIsAParseError() {
        assertThatThrownBy(() -> new BondingParser("bond0").parse(
                "Ethernet Channel Bonding Driver: v3.7.1 (April 27, 2011)\n\nMII Status: up\n", "capture nomode"))
                .isInstanceOf(ParseException.class).hasMessageStartingWith("capture nomode, line 3: expected a 'Bonding Mode:' line");
        ParseException e = catchThrowableOfType(ParseException.class, () -> new BondingParser("bond0").parse(
                "Ethernet Channel Bonding Driver: v3.7.1\n\nSlave Interface: eth0\nMII Status: up\n", "capture early"));
        assertThat(e).isNotNull();
        assertThat(e.line()).isEqualTo(3);
        assertThat(e.getMessage()).contains("'Bonding Mode: ...' before the first slave");
    }

    @Test
    void unknownModeIsKeptAsPrintedWithAWarning() throws ParseException {
        Observation obs = new BondingParser("bond0").parse("Bonding Mode: quantum entanglement\nMII Status: up\n", "odd");
        assertThat(obs.devices().get(0).bondMode).isEqualTo("quantum entanglement");
        assertThat(obs.warnings()).singleElement().asString().startsWith("odd, line 2:").contains("quantum entanglement");
    }

    @Test
    void emptyInputIsAParseError() {
        assertThatThrownBy(() -> new BondingParser("bond0").parse("", "capture empty"))
                .isInstanceOf(ParseException.class).hasMessageStartingWith("capture empty: empty output");
    }

    @Test
    void aBondNameIsRequired() {
        assertThatThrownBy(() -> new BondingParser(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new BondingParser(" ")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void hostileNamesComeOutVerbatim() throws ParseException {
        List<String> names = TextSamples.HOSTILE_NAMES;
        StringBuilder text = new StringBuilder("Bonding Mode: fault-tolerance (active-backup)\nCurrently Active Slave: ")
                .append(names.get(1)).append('\n');
        for (String slave : names.subList(1, names.size())) {
            text.append("\nSlave Interface: ").append(slave).append("\nMII Status: up\n");
        }
        Observation obs = new BondingParser(names.get(0)).parse(text.toString(), "names");
        Map<String, DeviceFacts> d = byName(obs);
        assertThat(d.keySet()).containsExactlyElementsOf(names);
        assertThat(d.get(names.get(0)).bondActiveSlave).isEqualTo("a;b");
        assertThat(d.get(names.get(0)).bondSlaves).extracting(BondSlave::name).containsExactlyElementsOf(names.subList(1, names.size()));
        assertThat(d.get("ü").master).isEqualTo("$(id>x)");
    }

    @Test
    void hostileInputGivesAResultOrAParseError() {
        BondingParser parser = new BondingParser("bond0");
        for (String text : TextSamples.hostileInputs()) {
            TextSamples.assertResultOrParseException(parser, text);
        }
    }

    @Test
    void looksLikeClaimsBondingFilesOnly() {
        for (TextSamples.Sample s : TextSamples.all()) {
            assertThat(BondingParser.looksLike(s.text())).as(s.name()).isEqualTo(s.kind() == TextSamples.Kind.BONDING);
        }
        assertThat(BondingParser.looksLike(null)).isFalse();
    }
}
