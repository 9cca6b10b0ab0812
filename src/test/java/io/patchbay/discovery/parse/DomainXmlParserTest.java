package io.patchbay.discovery.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.patchbay.model.Vm;
import io.patchbay.model.Vnic;
import io.patchbay.testsupport.Shared;
import io.patchbay.testsupport.TestCaptures;
import org.junit.jupiter.api.Test;

class DomainXmlParserTest {
    private final DomainXmlParser parser = new DomainXmlParser();

    private Observation corpus(String file) throws ParseException {
        return parser.parse(Shared.read(Shared.corpus("qemu_xml", file)), "capture " + file);
    }

    private static Vm onlyVm(Observation obs) {
        assertThat(obs.vms()).hasSize(1);
        return obs.vms().get(0);
    }

    @Test
    void networkInterfaceOfRhel74() throws ParseException {
        Observation obs = corpus("RHEL_7_4_XML.txt");
        Vm vm = onlyVm(obs);
        assertThat(vm.name()).isEqualTo("rhel7.4");
        assertThat(vm.uuid()).isEqualTo("b75610eb-06a0-4834-8286-e3d25d79c593");
        assertThat(vm.state()).as("a plain domain XML does not say whether it runs").isNull();
        assertThat(vm.id()).isNull();
        assertThat(vm.persistent()).isNull();
        assertThat(vm.origin()).isEqualTo("capture RHEL_7_4_XML.txt");
        assertThat(vm.vnics()).hasSize(1);
        Vnic nic = vm.vnics().get(0);
        assertThat(nic.type()).isEqualTo("network");
        assertThat(nic.sourceName()).isEqualTo("default");
        assertThat(nic.model()).isEqualTo("virtio");
        assertThat(nic.pci()).isEqualTo("0000:00:03.0");
        assertThat(nic.target()).isNull();
        assertThat(nic.guestName()).isNull();
        assertThat(nic.scope()).isNull();
        // the corpus anonymised this MAC into something that is not one: never passed on as a MAC
        assertThat(nic.mac()).isNull();
        assertThat(obs.warnings()).containsExactly("capture RHEL_7_4_XML.txt: domain rhel7.4, interface 1:"
                + " mac address 'aa:ss:bb:ff:ee:mm' is not a MAC address; left out");
    }

    @Test
    void liveStatusOfTheIdmClientOnBridgeVlan2593() throws ParseException {
        Vm vm = onlyVm(corpus("XML_IDM_CLIENT.txt"));
        assertThat(vm.name()).isEqualTo("test-idm-client-ccveu-net");
        assertThat(vm.uuid()).isEqualTo("78177d07-ac0e-4057-b1de-9ccd66cbc3d7");
        assertThat(vm.state()).isEqualTo("running");
        assertThat(vm.id()).isEqualTo(59);
        assertThat(vm.vnics()).containsExactly(new Vnic("00:1a:4a:16:03:72", "bridge", "vlan2593", "vnet20",
                "virtio", "0000:00:03.0", "up", null, "net0", null, null));
    }

    @Test
    void novaInstanceOnItsQbrBridge() throws ParseException {
        Vm vm = onlyVm(corpus("XML_RHOSP.txt"));
        assertThat(vm.name()).isEqualTo("instance-000008d6");
        assertThat(vm.vnics()).containsExactly(new Vnic("aa:aa:ee:bb:10:aa", "bridge", "qbrf975e53f-e0",
                "tapf975e53f-e0", "virtio", "0000:00:03.0", null, null, null, null, null));
        assertThat(onlyVm(corpus("XML_RHOSP_2.txt")).name()).isEqualTo("instance-000008d7");
    }

    @Test
    void sriovHostdevInterfacesNameTheirHostPciFunction() throws ParseException {
        Observation obs = corpus("XML_NUMA.txt");
        Vm vm = onlyVm(obs);
        assertThat(vm.name()).isEqualTo("05-s00c06h0");
        assertThat(vm.vnics()).extracting(Vnic::type).containsExactly("hostdev", "hostdev");
        assertThat(vm.vnics()).extracting(Vnic::sourceName).containsExactly("0000:04:10.0", "0000:04:10.1");
        assertThat(vm.vnics()).extracting(Vnic::pci).containsExactly("0000:00:04.0", "0000:00:08.0");
        assertThat(vm.vnics()).extracting(Vnic::mac).containsExactly(null, "bb:55:77:11:00:00");
        assertThat(obs.warnings()).hasSize(1).first().asString().contains("'aa:ss:bb:cc:dd:ee' is not a MAC address");
    }

    @Test
    void blankFileIsAClearError() {
        assertThatThrownBy(() -> corpus("BLANK_XML.txt"))
                .isInstanceOf(ParseException.class)
                .hasMessage("capture BLANK_XML.txt: expected a libvirt domain XML (<domain> with a <name>),"
                        + " but the file is empty");
    }

    @Test
    void domainWithoutNameIsAClearError() {
        assertThatThrownBy(() -> corpus("XML_NUMA_NO_NAME.txt"))
                .isInstanceOf(ParseException.class)
                .hasMessage("capture XML_NUMA_NO_NAME.txt, line 9: expected a <name> element with the domain's name"
                        + " inside <domain> (uuid 02cf0bba-2bd6-11e7-8337-e4115b9a50d0)");
        assertThatThrownBy(() -> corpus("XML_IDM_CLIENT_NO_NAME.txt"))
                .isInstanceOf(ParseException.class)
                .hasMessageStartingWith("capture XML_IDM_CLIENT_NO_NAME.txt, line 16: expected a <name> element")
                .hasMessageContaining("78177d07-ac0e-4057-b1de-9ccd66cbc3d7");
    }

    @Test
    void labDomstatusFiles() throws ParseException {
        Vm web1 = onlyVm(parser.parse(TestCaptures.read("sosreport-lab/var/run/libvirt/qemu/web1.xml"), "web1"));
        assertThat(web1.state()).isEqualTo("running");
        assertThat(web1.id()).isEqualTo(1);
        assertThat(web1.vnics()).containsExactly(new Vnic("52:54:00:4a:7c:01", "bridge", "br0", "vnet0", "virtio",
                "0000:01:00.0", null, null, "net0", null, null));
        Vm db1 = onlyVm(parser.parse(TestCaptures.read("sosreport-lab/var/run/libvirt/qemu/db1.xml"), "db1"));
        assertThat(db1.vnics().get(0).link()).isEqualTo("down");
        assertThat(db1.vnics().get(0).mtu()).isEqualTo(1500);
        assertThat(db1.vnics().get(0).target()).isEqualTo("vnet1");
    }

    @Test
    void shutOffStateIsSpelledAsVirshDoes() throws ParseException {
        String live = TestCaptures.read("sosreport-lab/var/run/libvirt/qemu/web1.xml")
                .replace("state='running' reason='booted'", "state='shutoff' reason='destroyed'");
        assertThat(onlyVm(parser.parse(live, "x")).state()).isEqualTo("shut off");
    }

    /** Found while writing the fuzz targets (docs/FUZZING.md): Java's number parsing takes signs and Unicode digits. */
    @Test
    void numbersAreAsciiDigitsOnly() throws ParseException {
        String live = TestCaptures.read("sosreport-lab/var/run/libvirt/qemu/web1.xml");
        String odd = live.replaceFirst("<domain ([^>]*)id='[0-9]+'", "<domain $1id='\uFF13'")
                .replace("bus='0x01' slot='0x00'", "bus='0x01' slot='0x+3'");
        Observation obs = parser.parse(odd, "x");
        Vm vm = onlyVm(obs);
        assertThat(vm.id()).isNull();
        assertThat(vm.vnics()).extracting(Vnic::pci).containsNull();
        assertThat(obs.warnings()).anyMatch(w -> w.contains("id '\uFF13' is not a number"))
                .anyMatch(w -> w.contains("PCI slot '0x+3' is not a number"));
    }

    @Test
    void brokenXmlNamesItsLine() {
        String text = TestCaptures.read("sosreport-lab/etc/libvirt/qemu/web1.xml").replace("</interface>", "");
        assertThatThrownBy(() -> parser.parse(text, "capture web1.xml"))
                .isInstanceOf(ParseException.class)
                // the parser notices at </devices> (line 48) that <interface> was never closed
                .hasMessageStartingWith("capture web1.xml, line 48: expected well-formed XML")
                .hasMessageContaining("\"interface\" must be terminated")
                .satisfies(e -> assertThat(((ParseException) e).line()).isEqualTo(48));
    }

    @Test
    void otherRootIsRefused() {
        assertThatThrownBy(() -> parser.parse("<network><name>default</name></network>", "capture net.xml"))
                .isInstanceOf(ParseException.class)
                .hasMessage("capture net.xml, line 1: expected <domain> or <domstatus> as the root element,"
                        + " found <network>");
    }

    @Test
    void billionLaughsIsRefusedNotExpanded() {
        String laughs = "<?xml version='1.0'?>\n<!DOCTYPE domain [\n <!ENTITY a 'haha'>\n"
                + " <!ENTITY b '&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;'>\n <!ENTITY c '&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;'>\n"
                + " <!ENTITY d '&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;'>\n <!ENTITY e '&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;'>\n"
                + " <!ENTITY f '&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;'>\n <!ENTITY g '&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;'>\n"
                + " <!ENTITY h '&g;&g;&g;&g;&g;&g;&g;&g;&g;&g;'>\n <!ENTITY i '&h;&h;&h;&h;&h;&h;&h;&h;&h;&h;'>\n]>\n"
                + "<domain><name>&i;</name></domain>";
        assertThatThrownBy(() -> parser.parse(laughs, "capture laughs.xml"))
                .isInstanceOf(ParseException.class)
                .hasMessageStartingWith("capture laughs.xml, line 2: expected well-formed XML without a DOCTYPE")
                .hasMessageContaining("DOCTYPE is disallowed");
    }

    @Test
    void externalEntityIsRefused() {
        String xxe = "<!DOCTYPE domain [<!ENTITY x SYSTEM 'file:///etc/hostname'>]>\n<domain><name>&x;</name></domain>";
        assertThatThrownBy(() -> parser.parse(xxe, "capture xxe.xml"))
                .isInstanceOf(ParseException.class)
                .hasMessageContaining("DOCTYPE is disallowed");
    }

    @Test
    void undeclaredEntityIsAnErrorNotAnEmptyName() {
        assertThatThrownBy(() -> parser.parse("<domain><name>&x;</name></domain>", "capture ent.xml"))
                .isInstanceOf(ParseException.class)
                .hasMessageStartingWith("capture ent.xml, line 1: expected well-formed XML");
    }

    @Test
    void xincludeIsNotFollowed() throws ParseException {
        String xi = "<domain xmlns:xi='http://www.w3.org/2001/XInclude'><name>web<xi:include href='/etc/hostname'"
                + " parse='text'/></name></domain>";
        assertThat(onlyVm(parser.parse(xi, "capture xi.xml")).name()).isEqualTo("web");
    }

    @Test
    void lineOfAnElementSkipsCommentsAndLongerNames() {
        String text = "<!-- <domain> in a comment -->\n<domstatus state='running'>\n  <domains/>\n  <domain id='3'>";
        assertThat(DomainXmlParser.lineOf(text, "domain")).isEqualTo(4);
        assertThat(DomainXmlParser.lineOf(text, "domstatus")).isEqualTo(2);
        assertThat(DomainXmlParser.lineOf(text, "network")).isZero();
    }

    @Test
    void badPciPartIsAWarningAndNoAddress() throws ParseException {
        String text = TestCaptures.read("sosreport-lab/etc/libvirt/qemu/web1.xml")
                .replace("bus='0x01' slot='0x00'", "bus='0x01' slot='0x2g'");
        Observation obs = parser.parse(text, "capture web1.xml");
        assertThat(onlyVm(obs).vnics().get(0).pci()).isNull();
        assertThat(obs.warnings()).containsExactly("capture web1.xml: domain web1, interface 1, address:"
                + " PCI slot '0x2g' is not a number from 0 to 0x1f; the address is left out");
    }
}
