package io.patchbay.discovery.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.patchbay.model.DeviceKind;
import io.patchbay.testsupport.Shared;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BrctlShowParserTest {
    private static final String HEADER = "bridge name\tbridge id\t\tSTP enabled\tinterfaces\n";

    private final BrctlShowParser parser = new BrctlShowParser();

    private static Map<String, DeviceFacts> byName(Observation obs) {
        Map<String, DeviceFacts> byName = new LinkedHashMap<>();
        obs.devices().forEach(d -> byName.put(d.name, d));
        return byName;
    }

    private Observation corpus(String file) throws ParseException {
        return parser.parse(TextSamples.corpus("brctl_show", file), "capture " + file);
    }

    private static List<String> bridges(Map<String, DeviceFacts> d) {
        return d.values().stream().filter(f -> f.kind == DeviceKind.BRIDGE).map(f -> f.name).toList();
    }

    /** A port's facts say only which bridge it is on. */
    private static void assertOnlyMaster(DeviceFacts port, String bridge) {
        assertThat(port.master).as(port.name).isEqualTo(bridge);
        assertThat(port.kind).as(port.name).isNull();
        assertThat(port.mac).as(port.name).isNull();
        assertThat(port.state).as(port.name).isNull();
        assertThat(port.bridgePorts).as(port.name).isEmpty();
        assertThat(port.bridgeStp).as(port.name).isNull();
    }

    @Test
    void seedBrctlShow() throws ParseException {
        Observation obs = parser.parse(Shared.read(Shared.seed("rhev-host-01.brctl-show.txt")),
                "capture rhev-host-01.brctl-show.txt");
        Map<String, DeviceFacts> d = byName(obs);

        assertThat(obs.warnings()).isEmpty();
        assertThat(bridges(d)).containsExactly("ovirtmgmt");
        DeviceFacts br = d.get("ovirtmgmt");
        assertThat(br.bridgeId).isEqualTo("8000.e41f13b7fdd4");
        assertThat(br.bridgeStp).isFalse();
        assertThat(br.bridgePorts).containsExactly("vnet002", "vnet001", "vnet000", "eth0");
        for (String port : br.bridgePorts) {
            assertOnlyMaster(d.get(port), "ovirtmgmt");
        }
    }

    @Test
    void spaceSeparatedFourBridges() throws ParseException {
        Map<String, DeviceFacts> d = byName(corpus("BRCTL_SHOW.txt"));

        assertThat(bridges(d)).containsExactly("br0", "br1", "br2", "docker0");
        assertThat(d.get("br0").bridgePorts).containsExactly("eth1", "eth2", "eth3");
        assertThat(d.get("br0").bridgeId).isEqualTo("8000.08002731ddfd");
        assertThat(d.get("br1").bridgePorts).containsExactly("eth4", "eth5");
        assertThat(d.get("br2").bridgeStp).isTrue();
        assertThat(d.get("br2").bridgePorts).containsExactly("eth6");
        assertThat(d.get("docker0").bridgePorts).isEmpty();
        assertThat(d.get("docker0").bridgeStp).isFalse();
        assertOnlyMaster(d.get("eth5"), "br1");
        assertOnlyMaster(d.get("eth6"), "br2");
    }

    @Test
    void tabSeparated() throws ParseException {
        Map<String, DeviceFacts> d = byName(corpus("BRCTL_SHOW_TAB.txt"));

        assertThat(bridges(d)).containsExactly("br0", "virbr9");
        assertThat(d.get("br0").bridgePorts).containsExactly("em1", "vnet0", "vnet1");
        assertThat(d.get("br0").bridgeStp).isFalse();
        assertThat(d.get("virbr9").bridgeStp).isTrue();
        assertThat(d.get("virbr9").bridgePorts).containsExactly("virbr9-nic");
        assertOnlyMaster(d.get("virbr9-nic"), "virbr9");
    }

    @Test
    void noBridgesIsNoError() throws ParseException {
        Observation obs = corpus("BRCTL_SHOW_NO_BRIDGES.txt");
        assertThat(obs.devices()).isEmpty();
        assertThat(obs.warnings()).isEmpty();
    }

    @Test
    void lessColumnsIsAParseErrorWithItsLine() {
        ParseException e = catchThrowableOfType(ParseException.class, () -> corpus("BRCTL_SHOW_LESS_COLUMN.txt"));
        assertThat(e).isNotNull();
        assertThat(e.line()).isEqualTo(2);
        assertThat(e.getMessage()).startsWith("capture BRCTL_SHOW_LESS_COLUMN.txt, line 2: expected the brctl show header")
                .contains("found 'bridge name     bridge id'");
    }

    @Test
    void namespaceCaptureWithHostileNames() throws ParseException {
        Observation obs = parser.parse(TextSamples.capture("netns.brctl-show.txt"), "capture netns.brctl-show.txt");
        Map<String, DeviceFacts> d = byName(obs);

        assertThat(obs.warnings()).isEmpty();
        assertThat(bridges(d)).containsExactly("-rf", "br0", "br1");
        assertThat(d.get("-rf").bridgePorts).isEmpty();
        assertThat(d.get("-rf").bridgeId).isEqualTo("8000.000000000000");
        assertThat(d.get("br0").bridgePorts).containsExactly("veth0", "vnet0");
        assertThat(d.get("br1").bridgeStp).isTrue();
        assertThat(d.get("br1").bridgePorts).containsExactly("$(id>x)", "a;b", "vxlan42");
        assertOnlyMaster(d.get("$(id>x)"), "br1");
        assertOnlyMaster(d.get("a;b"), "br1");
    }

    @Test
    void hostileNamesComeOutVerbatim() throws ParseException {
        List<String> names = TextSamples.HOSTILE_NAMES;
        StringBuilder text = new StringBuilder(HEADER).append(names.get(0)).append("\t\t8000.000000000001\tno\t\t")
                .append(names.get(1)).append('\n');
        for (String port : names.subList(2, names.size())) {
            text.append("\t\t\t\t\t\t\t").append(port).append('\n');
        }
        Map<String, DeviceFacts> d = byName(parser.parse(text.toString(), "names"));
        assertThat(d.get(names.get(0)).bridgePorts).containsExactlyElementsOf(names.subList(1, names.size()));
    }

    @Test
    void aPortOnTwoBridgesKeepsTheFirstAndWarns() throws ParseException {
        String text = HEADER + "br0\t\t8000.000000000001\tno\t\teth0\nbr1\t\t8000.000000000002\tno\t\teth0\n";
        Observation obs = parser.parse(text, "twice");
        Map<String, DeviceFacts> d = byName(obs);
        assertThat(d.get("eth0").master).isEqualTo("br0");
        assertThat(d.get("br1").bridgePorts).isEmpty();
        assertThat(obs.warnings()).singleElement().asString().startsWith("twice, line 3:").contains("eth0");
    }

    @Test
    void emptyInputIsAParseError() {
        assertThatThrownBy(() -> parser.parse("", "capture empty.txt"))
                .isInstanceOf(ParseException.class).hasMessageStartingWith("capture empty.txt: empty output");
        assertThatThrownBy(() -> parser.parse("\n\n", "blank")).isInstanceOf(ParseException.class);
    }

    @Test
    void otherOutputsAreNotBrctlShow() {
        ParseException e = catchThrowableOfType(ParseException.class,
                () -> parser.parse(Shared.read(Shared.seed("rhev-host-01.ip-addr-show.txt")), "capture ip"));
        assertThat(e).isNotNull();
        assertThat(e.line()).isEqualTo(1);
        assertThat(e.getMessage()).startsWith("capture ip, line 1: expected the brctl show header");
        assertThat(e.sentence().key()).isEqualTo("parse.lineExpectedFound");
        assertThat(e.sentence().args()).startsWith("capture ip", 1);
        assertThat(e.sentence().english()).isEqualTo(e.getMessage());
        ParseException empty = catchThrowableOfType(ParseException.class, () -> parser.parse("", "capture empty.txt"));
        assertThat(empty.sentence().key()).isEqualTo("parse.failed");
        assertThat(empty.sentence().english()).isEqualTo(empty.getMessage()).startsWith("capture empty.txt: empty output");
    }

    @ParameterizedTest
    @ValueSource(strings = {"br0\t\t8000.00000000000\tno\t\teth0", "br0\t\t8000:000000000001\tno", "br0\t\t8000.00000000000g\tno",
            "br0\t\t8000.000000000001\tmaybe\t\teth0", "br0\t\t8000.000000000001", "br0 8000.000000000001 no eth0 eth1",
            "\t\t\t\t\t\t\teth0", "br0\t\t8000.000000000001\tno\t\teth0\n\t\t\t\t\t\t\teth1 eth2"})
    void aBrokenRowIsAParseErrorWithItsLine(String rows) {
        String text = HEADER + rows + "\n";
        int expectedLine = rows.contains("\n") ? 3 : 2;
        ParseException e = catchThrowableOfType(ParseException.class, () -> parser.parse(text, "capture bad.txt"));
        assertThat(e).isNotNull();
        assertThat(e.line()).isEqualTo(expectedLine);
        assertThat(e.getMessage()).startsWith("capture bad.txt, line " + expectedLine + ": expected ");
    }

    @Test
    void hostileInputGivesAResultOrAParseError() {
        for (String text : TextSamples.hostileInputs()) {
            TextSamples.assertResultOrParseException(parser, text);
        }
    }

    @Test
    void looksLikeClaimsBrctlShowOnly() {
        for (TextSamples.Sample s : TextSamples.all()) {
            assertThat(BrctlShowParser.looksLike(s.text())).as(s.name()).isEqualTo(s.kind() == TextSamples.Kind.BRCTL);
        }
        assertThat(BrctlShowParser.looksLike(null)).isFalse();
        assertThat(BrctlShowParser.looksLike("")).isFalse();
    }
}
