package io.patchbay.discovery.parse;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.patchbay.export.TopologyJson;
import io.patchbay.discovery.TopologyMerger;
import io.patchbay.model.Bandwidth;
import io.patchbay.model.Vnic;
import io.patchbay.model.VnicVlan;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/**
 * Every vNIC detail of libvirt's own test domain XMLs (copied verbatim into
 * src/test/resources/corpus/libvirt-domain-xml, see SOURCES.md in the shared corpus): the
 * {@code <vlan>} tags and trunk, the {@code <virtualport>} type, a direct vNIC's source mode,
 * {@code <guest dev>} and {@code <bandwidth>}.
 */
class DomainXmlVnicDetailsTest {
    /** The corpus files that carry any of these details. */
    private static final List<String> FILES = List.of("domain-qemu-interface-filterref.xml", "lxc-ethernet-hostip.xml",
            "lxc-ethernet.xml", "lxc-idmap.xml", "net-bandwidth.xml", "net-bandwidth2.xml",
            "net-hostdev-multidomain.xml", "net-hostdev-vfio-multidomain.xml", "net-hostdev-vfio.xml", "net-hostdev.xml",
            "net-midonet.xml", "net-openvswitch.xml", "net-virtio-network-portgroup.xml", "portprofile.xml",
            "qemuxml2xmloutdata/net-hostdev.xml", "qemuxml2xmloutdata/net-virtio-network-portgroup.xml",
            "test-fullvirt-ovswitch-tagged.xml", "test-fullvirt-ovswitch-trunked.xml", "test-vif-rate.xml");

    private static String read(String file) {
        try (InputStream in = DomainXmlVnicDetailsTest.class.getResourceAsStream("/corpus/libvirt-domain-xml/" + file)) {
            return new String(Objects.requireNonNull(in, file).readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Vnic> vnics(String file) throws ParseException {
        Observation obs = new DomainXmlParser().parse(read(file), file);
        return obs.vms().get(0).vnics();
    }

    @Test
    void noDetailOfTheCorpusIsDropped() throws ParseException {
        List<Vnic> all = new ArrayList<>();
        for (String f : FILES) {
            all.addAll(vnics(f));
        }
        // counted in the files: 10 <vlan>, 16 <virtualport type=...> (2 more have no type), 5 direct
        // vNICs with a mode, 3 <guest dev>, 5 <bandwidth>
        assertThat(all.stream().filter(v -> v.vlan() != null)).hasSize(10);
        assertThat(all.stream().filter(v -> v.virtualport() != null)).hasSize(16);
        assertThat(all.stream().filter(v -> v.sourceMode() != null)).hasSize(5);
        assertThat(all.stream().filter(v -> v.guestName() != null)).hasSize(3);
        assertThat(all.stream().filter(v -> v.bandwidth() != null)).hasSize(5);
    }

    @Test
    void openvswitchTrunksAndTags() throws ParseException {
        Vnic ovs = vnics("net-openvswitch.xml").get(0);
        assertThat(ovs.vlan()).isEqualTo(new VnicVlan(List.of(42, 48, 456), true, null, null));
        assertThat(ovs.virtualport()).isEqualTo("openvswitch");
        assertThat(vnics("test-fullvirt-ovswitch-trunked.xml").get(0).vlan())
                .isEqualTo(new VnicVlan(List.of(42, 43), true, null, null));
        Vnic tagged = vnics("test-fullvirt-ovswitch-tagged.xml").get(0);
        assertThat(tagged.vlan()).isEqualTo(new VnicVlan(List.of(42), false, null, null));
        assertThat(tagged.virtualport()).isEqualTo("openvswitch");
    }

    @Test
    void hostdevAndPortgroupVlansWithTheirVirtualports() throws ParseException {
        for (String f : List.of("net-hostdev.xml", "net-hostdev-vfio.xml", "net-hostdev-multidomain.xml",
                "net-hostdev-vfio-multidomain.xml", "qemuxml2xmloutdata/net-hostdev.xml")) {
            Vnic v = vnics(f).get(0);
            assertThat(v.type()).as(f).isEqualTo("hostdev");
            assertThat(v.vlan()).as(f).isEqualTo(new VnicVlan(List.of(42), false, null, null));
            assertThat(v.virtualport()).as(f).isEqualTo("802.1Qbg");
        }
        List<Vnic> pg = vnics("net-virtio-network-portgroup.xml");
        assertThat(pg).extracting(Vnic::virtualport).containsExactly("802.1Qbg", null, "802.1Qbh");
        assertThat(pg.get(0).vlan().tags()).containsExactly(4095);
        assertThat(pg.get(1).vlan()).isNull();
        assertThat(vnics("net-midonet.xml").get(0).virtualport()).isEqualTo("midonet");
    }

    @Test
    void directModesAndTheirVirtualports() throws ParseException {
        List<Vnic> direct = vnics("portprofile.xml");
        assertThat(direct).extracting(Vnic::sourceMode).containsOnly("vepa").hasSize(5);
        assertThat(direct).extracting(Vnic::sourceName).containsOnly("eth0");
        assertThat(direct).extracting(Vnic::virtualport).containsExactly("802.1Qbg", "802.1Qbg", "802.1Qbh", null, null);
    }

    @Test
    void guestDevIsTheGuestNameAsTheXmlGivesIt() throws ParseException {
        for (String f : List.of("lxc-ethernet.xml", "lxc-ethernet-hostip.xml", "lxc-idmap.xml")) {
            assertThat(vnics(f)).as(f).extracting(Vnic::guestName).containsExactly("eth2");
        }
    }

    @Test
    void bandwidthLimits() throws ParseException {
        Vnic v = vnics("net-bandwidth.xml").stream().filter(n -> n.bandwidth() != null).findFirst().orElseThrow();
        assertThat(v.bandwidth()).isEqualTo(new Bandwidth(1000, 4000, 1024, 128, 256, 32768));
    }

    @Test
    void theJsonCarriesEveryDetail() throws Exception {
        Observation obs = new DomainXmlParser().parse(read("net-openvswitch.xml"), "x");
        Observation direct = new DomainXmlParser().parse(read("portprofile.xml"), "y");
        Observation lxc = new DomainXmlParser().parse(read("lxc-ethernet.xml"), "z");
        Observation bw = new DomainXmlParser().parse(read("test-vif-rate.xml"), "w");
        String json = TopologyJson.write(List.of(TopologyMerger.merge("h", List.of("capture"),
                List.of(obs, direct, lxc, bw))));
        JsonNode vms = new ObjectMapper().readTree(json).get("hosts").get(0).get("vms");
        JsonNode ovs = vms.get(0).get("vnics").get(0);
        assertThat(ovs.get("vlan").toString()).isEqualTo("{\"tags\":[42,48,456],\"trunk\":true}");
        assertThat(ovs.get("virtualport").asText()).isEqualTo("openvswitch");
        JsonNode vepa = vms.get(1).get("vnics").get(0);
        assertThat(vepa.get("source").toString()).isEqualTo("{\"type\":\"direct\",\"name\":\"eth0\",\"mode\":\"vepa\"}");
        assertThat(vms.get(2).get("vnics").get(0).get("guestName").asText()).isEqualTo("eth2");
        assertThat(vms.get(3).get("vnics").get(0).get("bandwidth").toString())
                .isEqualTo("{\"outbound\":{\"average\":10240}}");
    }
}
