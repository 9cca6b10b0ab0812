package io.patchbay.discovery.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.patchbay.model.Vm;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class VirshListParserTest {
    private final VirshListParser parser = new VirshListParser();

    private Observation corpus(String file) throws ParseException {
        return parser.parse(TextSamples.corpus("virsh_list_all", file), "capture " + file);
    }

    @Test
    void runningPausedAndShutOff() throws ParseException {
        Observation obs = corpus("OUTPUT.txt");

        assertThat(obs.warnings()).isEmpty();
        assertThat(obs.devices()).isEmpty();
        assertThat(obs.vms()).hasSize(13);
        assertThat(obs.vms().get(0)).isEqualTo(new Vm("rhel7.4", null, "running", 2, null, List.of(), "capture OUTPUT.txt"));
        assertThat(obs.vms().get(1)).isEqualTo(new Vm("rhel7.0", null, "paused", 4, null, List.of(), "capture OUTPUT.txt"));
        assertThat(obs.vms().get(2)).isEqualTo(
                new Vm("centos6.8-router", null, "shut off", null, null, List.of(), "capture OUTPUT.txt"));
        assertThat(obs.vms()).extracting(Vm::name).contains("fedora-saio_fedoraSaio", "RHOSP10", "cfme-rhos-5.9.0.15");
        assertThat(obs.vms().subList(2, 13)).allSatisfy(vm -> {
            assertThat(vm.state()).isEqualTo("shut off");
            assertThat(vm.id()).isNull();
        });
    }

    @Test
    void noVms() throws ParseException {
        Observation obs = corpus("NO_RESULT.txt");
        assertThat(obs.vms()).isEmpty();
        assertThat(obs.warnings()).isEmpty();
    }

    @Test
    void virshErrorIsAParseErrorQuotingIt() {
        ParseException e = catchThrowableOfType(ParseException.class, () -> corpus("ERROR.txt"));
        assertThat(e).isNotNull();
        assertThat(e.line()).isEqualTo(1);
        assertThat(e.getMessage()).startsWith("capture ERROR.txt, line 1: virsh reported an error: ")
                .contains("Failed to reconnect to the hypervisor", "no valid connection",
                        "Unable to locate libvirtd daemon in /usr/sbin");
    }

    @Test
    void newerVirshLayoutAndOtherStates() throws ParseException {
        // virsh 9.x prints a leading space and its other state words like this
        String text = " Id   Name          State\n------------------------------------\n"
                + " 1    web 1         in shutdown\n 3    db            idle\n -    old   vm      no state\n"
                + " 7    odd           sleepwalking\n";
        Observation obs = parser.parse(text, "virsh");

        assertThat(obs.vms()).extracting(Vm::name).containsExactly("web 1", "db", "old   vm", "odd");
        assertThat(obs.vms()).extracting(Vm::state).containsExactly("in shutdown", "idle", "no state", "sleepwalking");
        assertThat(obs.vms()).extracting(Vm::id).containsExactly(1, 3, null, 7);
        assertThat(obs.warnings()).singleElement().asString().startsWith("virsh, line 6:").contains("sleepwalking");
    }

    @Test
    void hostileNamesComeOutVerbatim() throws ParseException {
        StringBuilder text = new StringBuilder("Id    Name      State\n---------------------\n");
        for (String name : TextSamples.HOSTILE_NAMES) {
            text.append(" -     ").append(name).append("      shut off\n");
        }
        Observation obs = parser.parse(text.toString(), "names");
        assertThat(obs.vms()).extracting(Vm::name).containsExactlyElementsOf(TextSamples.HOSTILE_NAMES);
    }

    @Test
    void aVmListedTwiceKeepsTheFirst() throws ParseException {
        Observation obs = parser.parse("Id Name State\n 1 a running\n - a shut off\n", "twice");
        assertThat(obs.vms()).singleElement().satisfies(vm -> assertThat(vm.state()).isEqualTo("running"));
        assertThat(obs.warnings()).singleElement().asString().startsWith("twice, line 3:");
    }

    @Test
    void emptyInputAndOtherOutputsAreParseErrors() {
        assertThatThrownBy(() -> parser.parse("", "capture empty"))
                .isInstanceOf(ParseException.class).hasMessageStartingWith("capture empty: empty output");
        ParseException e = catchThrowableOfType(ParseException.class,
                () -> parser.parse(TextSamples.corpus("brctl_show", "BRCTL_SHOW.txt"), "capture brctl"));
        assertThat(e).isNotNull();
        assertThat(e.getMessage()).startsWith("capture brctl, line 1: expected the virsh list header");
    }

    @ParameterizedTest
    @ValueSource(strings = {" 2  running", " x  vm  running", " 99999999999  vm  running", " -"})
    void aBrokenRowIsAParseErrorWithItsLine(String row) {
        String text = "Id    Name     State\n-------------------\n" + row + "\n";
        ParseException e = catchThrowableOfType(ParseException.class, () -> parser.parse(text, "capture bad"));
        assertThat(e).isNotNull();
        assertThat(e.line()).isEqualTo(3);
        assertThat(e.getMessage()).startsWith("capture bad, line 3: expected ");
    }

    @Test
    void hostileInputGivesAResultOrAParseError() {
        for (String text : TextSamples.hostileInputs()) {
            TextSamples.assertResultOrParseException(parser, text);
        }
    }

    @Test
    void looksLikeClaimsVirshListOnly() {
        for (TextSamples.Sample s : TextSamples.all()) {
            assertThat(VirshListParser.looksLike(s.text())).as(s.name()).isEqualTo(s.kind() == TextSamples.Kind.VIRSH);
        }
        assertThat(VirshListParser.looksLike(null)).isFalse();
    }
}
