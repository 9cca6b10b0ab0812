package io.patchbay.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.patchbay.core.PatchbayException;
import io.patchbay.core.PatchbayException.Reason;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The pure planner on hand-written domain XML: scope rules, drift, steps, expectations, reverse plans. */
class PlannerTest {
    private static final String NIC = "<interface type='bridge'><mac address='52:54:00:aa:00:01'/>"
            + "<source bridge='br0'/><target dev='vnet7'/><model type='virtio'/><alias name='net0'/>"
            + "<address type='pci' domain='0x0000' bus='0x01' slot='0x00' function='0x0'/></interface>";
    private static final String NIC_CONF = "<interface type='bridge'><mac address='52:54:00:aa:00:01'/>"
            + "<source bridge='br0'/><model type='virtio'/>"
            + "<address type='pci' domain='0x0000' bus='0x01' slot='0x00' function='0x0'/></interface>";

    private static String domain(String name, String... nics) {
        return "<domain type='qemu'><name>" + name + "</name><devices>" + String.join("", nics) + "</devices></domain>";
    }

    private static HostState host(DomainState... d) {
        return new HostState("h1", "qemu:///system", true, Set.of("br0", "br1"), Set.of("default"), List.of(d));
    }

    private static final DomainState RUNNING = new DomainState("web1", "u1", true, true, domain("web1", NIC),
            domain("web1", NIC_CONF));
    private static final DomainState STOPPED = new DomainState("db1", "u2", false, true, null, domain("db1", NIC_CONF));
    private static final DomainState LIVE_ONLY = new DomainState("tmp1", "u3", true, true, domain("tmp1", NIC),
            domain("tmp1"));

    @Test
    void moveUpdatesLiveThenConfigKeepingPciAndTap() throws Exception {
        HostState h = host(RUNNING);
        Plan p = Planner.plan(h, List.of(h), new VnicIntent.Move("web1", "52:54:00:AA:00:01", "br1", ScopeRequest.DEFAULT));
        assertThat(p.steps()).extracting(Step::action, Step::flags)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Step.Action.UPDATE, Step.LIVE),
                        org.assertj.core.groups.Tuple.tuple(Step.Action.UPDATE, Step.CONFIG));
        assertThat(p.steps().get(0).xml()).contains("<source bridge=\"br1\"/>").contains("vnet7").contains("bus=\"0x01\"");
        assertThat(p.live()).isEqualTo(new Expectation(true, "bridge", "br1", null, "0000:01:00.0", "vnet7"));
        assertThat(p.config().pci()).isEqualTo("0000:01:00.0");
        assertThat(p.reverse()).extracting(Step::flags).containsExactly(Step.CONFIG, Step.LIVE);
        assertThat(p.reverse().get(1).xml()).contains("<source bridge=\"br0\"/>");
        assertThat(p.impact()).containsExactly("VM web1 vNIC 52:54:00:aa:00:01 moves from br0 to bridge br1 (live and"
                + " config; same MAC and PCI address, no unplug)");
    }

    @Test
    void aStoppedVmGetsConfigOnlyAndRefusesLive() throws Exception {
        HostState h = host(STOPPED);
        Plan p = Planner.plan(h, List.of(h), new VnicIntent.Link("db1", "52:54:00:aa:00:01", false, ScopeRequest.DEFAULT));
        assertThat(p.steps()).singleElement().satisfies(s -> assertThat(s.flags()).isEqualTo(Step.CONFIG));
        assertThat(p.live()).isNull();
        assertThatThrownBy(() -> Planner.plan(h, List.of(h), new VnicIntent.Link("db1", "52:54:00:aa:00:01", false,
                new ScopeRequest(true, true)))).isInstanceOfSatisfying(PatchbayException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.BAD_INPUT));
    }

    @Test
    void aLiveOnlyVnicIsChangedLiveWithANoteOrRefusedForAnExplicitConfig() throws Exception {
        HostState h = host(LIVE_ONLY);
        Plan p = Planner.plan(h, List.of(h), new VnicIntent.Remove("tmp1", "52:54:00:aa:00:01", ScopeRequest.DEFAULT, null));
        assertThat(p.steps()).singleElement().satisfies(s -> assertThat(s.flags()).isEqualTo(Step.LIVE));
        assertThat(p.noteTexts()).anySatisfy(n -> assertThat(n).startsWith("the vNIC exists only live"));
        assertThat(p.notes()).extracting(Note::kind).contains(Note.Kind.ONLY_LIVE_EXISTS);
        assertThatThrownBy(() -> Planner.plan(h, List.of(h), new VnicIntent.Remove("tmp1", "52:54:00:aa:00:01",
                new ScopeRequest(false, true), null))).isInstanceOfSatisfying(PatchbayException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.NOT_FOUND));
    }

    @Test
    void addChecksMacAgainstEveryConnectedHost() {
        HostState h = host(RUNNING);
        HostState other = new HostState("h2", "qemu+ssh://h2/system", true, Set.of(), Set.of(), List.of(STOPPED));
        VnicIntent.Add add = new VnicIntent.Add("web1", "bridge", "br1", "52:54:00:AA:00:01", null, "virtio",
                ScopeRequest.DEFAULT);
        assertThatThrownBy(() -> Planner.plan(h, List.of(h, other), add)).isInstanceOfSatisfying(PatchbayException.class,
                e -> {
                    assertThat(e.reason()).isEqualTo(Reason.MAC_IN_USE);
                    assertThat(e.getMessage()).isEqualTo("MAC 52:54:00:aa:00:01 is already used by VM web1 on host h1 (live XML)");
                });
        HostState alone = host(new DomainState("web1", "u1", true, true, domain("web1"), domain("web1")));
        assertThatThrownBy(() -> Planner.plan(alone, List.of(alone, other), add))
                .isInstanceOfSatisfying(PatchbayException.class, e -> assertThat(e.getMessage())
                        .isEqualTo("MAC 52:54:00:aa:00:01 is already used by VM db1 on host h2 (persistent XML)"));
    }

    @Test
    void addBuildsTheXmlWithDomSoHostileNamesStayAttributes() throws Exception {
        HostState h = new HostState("h1", "qemu:///system", true, Set.of("br'\"><x/>"), Set.of(), List.of(RUNNING));
        Plan p = Planner.plan(h, List.of(h), new VnicIntent.Add("web1", "bridge", "br'\"><x/>", "52:54:00:aa:00:09",
                null, "e1000", ScopeRequest.DEFAULT));
        assertThat(p.deviceXml()).isEqualTo("<interface type=\"bridge\"><mac address=\"52:54:00:aa:00:09\"/>"
                + "<source bridge=\"br'&quot;&gt;&lt;x/&gt;\"/><model type=\"e1000\"/></interface>");
        assertThat(DeviceXml.sourceOf(DeviceXml.parseInterface(p.deviceXml()))).isEqualTo("br'\"><x/>");
        assertThat(p.steps()).extracting(Step::liveAddress).containsExactly(false, true);
        assertThatThrownBy(() -> Planner.plan(h, List.of(h), new VnicIntent.Add("web1", "bridge", "br'\"><x/>",
                "52:54:00:aa:00:09", null, "pcnet", ScopeRequest.DEFAULT)))
                .isInstanceOfSatisfying(PatchbayException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.BAD_INPUT);
                    assertThat(e.getMessage()).isEqualTo("unknown NIC model 'pcnet': expected one of virtio, e1000e, e1000, rtl8139");
                });
    }

    @Test
    void moveOfANonBridgeVnicIsRefused() {
        String direct = "<interface type='direct'><mac address='52:54:00:aa:00:05'/><source dev='eth0' mode='bridge'/></interface>";
        HostState h = host(new DomainState("m1", "u", true, false, domain("m1", direct), null));
        assertThatThrownBy(() -> Planner.plan(h, List.of(h), new VnicIntent.Move("m1", "52:54:00:aa:00:05", "br1",
                ScopeRequest.DEFAULT))).isInstanceOfSatisfying(PatchbayException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.BAD_INPUT);
                    assertThat(e.getMessage()).contains("type 'direct'");
                });
    }
}
