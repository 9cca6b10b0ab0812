package io.patchbay.discovery.capture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.patchbay.core.PatchbayException;
import io.patchbay.testsupport.Shared;
import io.patchbay.testsupport.TestCaptures;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class CaptureDetectorTest {

    static Stream<Arguments> corpus() {
        return Stream.of(
                Arguments.of("ip", "IP_ADDR_TEST.txt", CaptureKind.IP_TEXT),
                Arguments.of("ip", "IP_D_S_LINK_BOND_1.txt", CaptureKind.IP_TEXT),
                Arguments.of("ip", "IP_D_S_LINK_MALFORMED_BOND_SLAVE.txt", CaptureKind.IP_TEXT),
                Arguments.of("ip", "IP_S_LINK.txt", CaptureKind.IP_TEXT),
                Arguments.of("ip", "IP_S_LINK_ALL.txt", CaptureKind.IP_TEXT),
                Arguments.of("ip", "IP_S_LINK_ALL_2.txt", CaptureKind.IP_TEXT),
                Arguments.of("ip", "IP_S_LINK_ALL_3.txt", CaptureKind.IP_TEXT),
                Arguments.of("ip", "IP_S_LINK_ALL_4.txt", CaptureKind.IP_TEXT),
                Arguments.of("ip", "IP_S_LINK_ALL_5.txt", CaptureKind.IP_TEXT),
                Arguments.of("brctl_show", "BRCTL_SHOW.txt", CaptureKind.BRCTL_SHOW),
                Arguments.of("brctl_show", "BRCTL_SHOW_TAB.txt", CaptureKind.BRCTL_SHOW),
                Arguments.of("brctl_show", "BRCTL_SHOW_NO_BRIDGES.txt", CaptureKind.BRCTL_SHOW),
                // recognised by its header, so that its parser can say what is missing
                Arguments.of("brctl_show", "BRCTL_SHOW_LESS_COLUMN.txt", CaptureKind.BRCTL_SHOW),
                Arguments.of("bond", "BONDINFO_1.txt", CaptureKind.BONDING),
                Arguments.of("bond", "BONDINFO_MODE_2.txt", CaptureKind.BONDING),
                Arguments.of("bond", "BONDINFO_MODE_4.txt", CaptureKind.BONDING),
                Arguments.of("bond", "BONDINFO_MODE_5.txt", CaptureKind.BONDING),
                Arguments.of("bond", "BONDINFO_MODE_7.txt", CaptureKind.BONDING),
                Arguments.of("bond", "BOND_MODE_4.txt", CaptureKind.BONDING),
                Arguments.of("qemu_xml", "RHEL_7_4_XML.txt", CaptureKind.DOMAIN_XML),
                Arguments.of("qemu_xml", "XML_NUMA.txt", CaptureKind.DOMAIN_XML),
                Arguments.of("qemu_xml", "XML_NUMA_NO_NAME.txt", CaptureKind.DOMAIN_XML),
                Arguments.of("qemu_xml", "XML_RHOSP.txt", CaptureKind.DOMAIN_XML),
                Arguments.of("qemu_xml", "XML_RHOSP_2.txt", CaptureKind.DOMAIN_XML),
                Arguments.of("qemu_xml", "XML_IDM_CLIENT.txt", CaptureKind.DOMSTATUS_XML),
                Arguments.of("qemu_xml", "XML_IDM_CLIENT_NO_NAME.txt", CaptureKind.DOMSTATUS_XML),
                Arguments.of("virsh_list_all", "OUTPUT.txt", CaptureKind.VIRSH_LIST),
                Arguments.of("virsh_list_all", "NO_RESULT.txt", CaptureKind.VIRSH_LIST));
    }

    @ParameterizedTest(name = "{0}/{1} is {2}")
    @MethodSource("corpus")
    void corpusFilesByContent(String folder, String file, CaptureKind kind) {
        assertThat(CaptureDetector.recognise(Shared.read(Shared.corpus(folder, file)))).contains(kind);
    }

    static Stream<Arguments> unrecognised() {
        return Stream.of(
                Arguments.of("bond", "BONDINFO_CORRUPT.txt"),
                Arguments.of("qemu_xml", "BLANK_XML.txt"),
                Arguments.of("virsh_list_all", "ERROR.txt"));
    }

    @ParameterizedTest(name = "{0}/{1} is not recognised")
    @MethodSource("unrecognised")
    void corpusFilesThatAreNoCapture(String folder, String file) {
        assertThat(CaptureDetector.recognise(Shared.read(Shared.corpus(folder, file)))).isEmpty();
    }

    @Test
    void seedCaptures() {
        assertThat(CaptureDetector.recognise(Shared.read(Shared.seed("rhev-host-01.ip-addr-show.txt"))))
                .contains(CaptureKind.IP_TEXT);
        assertThat(CaptureDetector.recognise(Shared.read(Shared.seed("rhev-host-01.brctl-show.txt"))))
                .contains(CaptureKind.BRCTL_SHOW);
        assertThat(CaptureDetector.recognise(Shared.read(Shared.seed("rhv-vnic-chapter.ja.txt")))).isEmpty();
    }

    static Stream<Arguments> ourCaptures() {
        return Stream.of(
                Arguments.of("json/ip-j-d-link.json", CaptureKind.IP_JSON),
                Arguments.of("json/ip-j-addr.json", CaptureKind.IP_JSON),
                Arguments.of("json/ip-j-d-addr.json", CaptureKind.IP_JSON),
                Arguments.of("json/ip-j-p-d-s-link.json", CaptureKind.IP_JSON),
                Arguments.of("json/bond-vlan-transcribed-ip-j-d-link.json", CaptureKind.IP_JSON),
                Arguments.of("json/bridge-j-link.json", CaptureKind.BRIDGE_JSON),
                Arguments.of("sosreport-lab/sos_commands/networking/ip_-d_address", CaptureKind.IP_TEXT),
                Arguments.of("sosreport-lab/sos_commands/networking/ip_-s_-d_link", CaptureKind.IP_TEXT),
                Arguments.of("sosreport-lab/sos_commands/networking/brctl_show", CaptureKind.BRCTL_SHOW),
                Arguments.of("sosreport-lab/sos_commands/virsh/virsh_-r_list_--all", CaptureKind.VIRSH_LIST),
                Arguments.of("sosreport-lab/proc/net/bonding/bond0", CaptureKind.BONDING),
                Arguments.of("sosreport-lab/etc/libvirt/qemu/web1.xml", CaptureKind.DOMAIN_XML),
                Arguments.of("sosreport-lab/var/run/libvirt/qemu/web1.xml", CaptureKind.DOMSTATUS_XML));
    }

    @ParameterizedTest(name = "{0} is {1}")
    @MethodSource("ourCaptures")
    void capturesFromThisMachine(String file, CaptureKind kind) {
        assertThat(CaptureDetector.recognise(TestCaptures.read(file))).contains(kind);
    }

    @Test
    void aHostnameIsNeverGuessedForALooseFile() {
        assertThat(CaptureDetector.recognise(TestCaptures.read("sosreport-lab/hostname"))).isEmpty();
    }

    @Test
    void ipOneLineAddressOutput() {
        // ip -o addr show, run on this machine's loopback
        String text = "1: lo    inet 127.0.0.1/8 scope host lo\\       valid_lft forever preferred_lft forever\n"
                + "1: lo    inet6 ::1/128 scope host \\       valid_lft forever preferred_lft forever\n";
        assertThat(CaptureDetector.recognise(text)).contains(CaptureKind.IP_TEXT);
    }

    @Test
    void emptyJsonArrayIsIpOutput() {
        assertThat(CaptureDetector.recognise("[]\n")).contains(CaptureKind.IP_JSON);
    }

    @Test
    void truncatedIpJsonIsStillIpJsonSoItsParserCanSayWhere() {
        String text = TestCaptures.read("json/ip-j-d-link.json");
        assertThat(CaptureDetector.recognise(text.substring(0, 40))).contains(CaptureKind.IP_JSON);
    }

    @Test
    void otherJsonAndXmlAreNotCaptures() {
        assertThat(CaptureDetector.recognise("[{\"name\":\"x\"}]")).isEmpty();
        assertThat(CaptureDetector.recognise("{\"ifname\":\"x\"}")).isEmpty();
        assertThat(CaptureDetector.recognise("<capabilities><host/></capabilities>")).isEmpty();
        assertThat(CaptureDetector.recognise("[    0.000000] Linux version 6.1.0-18-amd64")).isEmpty();
    }

    @Test
    void libvirtNetworkXmlAndNetworkStatusAreNetworkCaptures() {
        assertThat(CaptureDetector.recognise("<network><name>default</name></network>"))
                .contains(CaptureKind.NETWORK_XML);
        assertThat(CaptureDetector.recognise("<networkstatus><network><name>n</name></network></networkstatus>"))
                .contains(CaptureKind.NETWORK_XML);
    }

    @Test
    void xmlWithDeclarationCommentAndDoctypeStillShowsItsRoot() {
        String text = "\uFEFF<?xml version='1.0'?>\n<!-- c -->\n<!DOCTYPE domain [<!ENTITY a 'b'>]>\n<domain/>";
        assertThat(CaptureDetector.recognise(text)).contains(CaptureKind.DOMAIN_XML);
    }

    @Test
    void unknownContentNamesTheFile() {
        assertThatThrownBy(() -> CaptureDetector.detect("hello\n", "notes.txt"))
                .isInstanceOf(PatchbayException.class)
                .hasMessage("notes.txt: not a recognised capture (expected ip, brctl, bridge, bonding, domain or network XML"
                        + ", virsh list, ovs-vsctl or ovs-appctl bond/show output)")
                .extracting(e -> ((PatchbayException) e).reason()).isEqualTo(PatchbayException.Reason.BAD_INPUT);
        assertThat(CaptureDetector.recognise("")).isEqualTo(Optional.empty());
    }
}
