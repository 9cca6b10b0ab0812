package io.patchbay.newvm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.patchbay.core.PatchbayException;
import io.patchbay.mac.MacAddress;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/** Rule 4 on domain XML: PCI order, name order, the rewritten XML. */
class NewVmDraftTest {
    static final String WITH_PCI = """
            <domain type='qemu' id='4'><name>tmpl</name><uuid>11111111-2222-3333-4444-555555555555</uuid>
            <metadata><pb:template xmlns:pb='https://patchbay.io/xmlns/template/1'/><other:x xmlns:other='urn:x'/></metadata>
            <os><type>hvm</type><nvram>/var/lib/libvirt/qemu/nvram/tmpl_VARS.fd</nvram></os>
            <devices>
              <disk type='file' device='disk'><source file='/pool/tmpl.qcow2'/><target dev='vda'/></disk>
              <disk type='file' device='cdrom'><source file='/iso/x.iso'/><target dev='sda'/><readonly/></disk>
              <interface type='bridge'><mac address='52:54:00:00:00:0a'/><source bridge='br0'/><target dev='vnet7'/>
                <model type='virtio'/><alias name='ua-net2'/><address type='pci' domain='0x0000' bus='0x00' slot='0x07' function='0x0'/></interface>
              <interface type='network'><mac address='52:54:00:00:00:0b'/><source network='lan'/>
                <model type='e1000e'/><alias name='ua-net10'/><address type='pci' domain='0x0000' bus='0x01' slot='0x00' function='0x0'/></interface>
              <interface type='bridge'><mac address='52:54:00:00:00:0c'/><source bridge='br1'/>
                <model type='virtio'/><alias name='ua-net1'/><address type='pci' domain='0x0000' bus='0x00' slot='0x03' function='0x0'/></interface>
              <serial type='file'><source path='/run/guests/tmpl.serial'/><target port='0'/></serial>
            </devices></domain>""";

    private static List<MacAddress> macs(int n) {
        return java.util.stream.IntStream.range(0, n).mapToObj(i -> new MacAddress(0x020000000100L + i)).toList();
    }

    @Test
    void pciAddressesOrderTheVnicsAndTheirNewMacs() throws Exception {
        NewVmDraft d = NewVmDraft.of(WITH_PCI, "template tmpl");
        assertThat(d.markedTemplate()).isTrue();
        assertThat(d.order().rule()).isEqualTo(VnicOrder.Rule.PCI);
        NewVmPlan p = d.plan("new1", "aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee", macs(3), Map.of("vda", "/pool/new1-vda.qcow2"), false);
        assertThat(p.vnics()).extracting(NewVmPlan.PlannedVnic::pci)
                .containsExactly("0000:00:03.0", "0000:00:07.0", "0000:01:00.0");
        assertThat(p.vnics()).extracting(NewVmPlan.PlannedVnic::newMac)
                .containsExactly("02:00:00:00:01:00", "02:00:00:00:01:01", "02:00:00:00:01:02");
        assertThat(p.vnics()).extracting(NewVmPlan.PlannedVnic::oldMac)
                .containsExactly("52:54:00:00:00:0c", "52:54:00:00:00:0a", "52:54:00:00:00:0b");
        assertThat(p.vnics()).extracting(NewVmPlan.PlannedVnic::source).containsExactly("br1", "br0", "lan");

        NewVmDraft out = NewVmDraft.of(p.xml(), "the new XML");
        assertThat(out.sourceName()).isEqualTo("new1");
        assertThat(out.markedTemplate()).isFalse();
        assertThat(out.macs()).containsExactly("02:00:00:00:01:01", "02:00:00:00:01:02", "02:00:00:00:01:00");
        assertThat(p.xml()).contains("<uuid>aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee</uuid>").doesNotContain("vnet7")
                .doesNotContain("id=\"4\"").doesNotContain("nvram").contains("urn:x")
                .contains("/pool/new1-vda.qcow2").contains("/iso/x.iso").contains("/run/guests/new1.serial")
                .contains("slot=\"0x07\"").contains("bridge=\"br1\"");
        assertThat(p.disks()).extracting(NewVmPlan.PlannedDisk::action)
                .containsExactly(NewVmPlan.PlannedDisk.Action.CLONE, NewVmPlan.PlannedDisk.Action.SHARE_READONLY);
    }

    @Test
    void withoutPciAddressesTheVnicNamesOrderThem() throws Exception {
        String xml = WITH_PCI.replaceAll("<address type='pci'[^>]*/>", "");
        NewVmDraft d = NewVmDraft.of(xml, "template tmpl");
        assertThat(d.order().rule()).isEqualTo(VnicOrder.Rule.NAME);
        assertThat(d.order().interfaces()).extracting(VnicOrder::name).containsExactly("ua-net1", "ua-net2", "ua-net10");
        // without names: document order
        String unnamed = xml.replaceAll("<alias name='[^']*'/>", "");
        assertThat(NewVmDraft.of(unnamed, "t").order().interfaces()).extracting(DomainXml::mac)
                .containsExactly("52:54:00:00:00:0a", "52:54:00:00:00:0b", "52:54:00:00:00:0c");
    }

    @Test
    void aDiskIsNeverSilentlyShared() throws Exception {
        NewVmDraft d = NewVmDraft.of(WITH_PCI, "template tmpl");
        assertThatThrownBy(() -> d.plan("n", "u", macs(3), Map.of(), false)).isInstanceOf(PatchbayException.class)
                .hasMessage("disk vda of template tmpl (/pool/tmpl.qcow2) would be shared by two VMs; it must be cloned, or use --without-disks");
        NewVmPlan p = NewVmDraft.of(WITH_PCI, "t").plan("n", "u", macs(3), Map.of(), true);
        assertThat(p.xml()).doesNotContain("<disk");
        assertThat(p.disks()).extracting(NewVmPlan.PlannedDisk::action).containsOnly(NewVmPlan.PlannedDisk.Action.DROP);
    }

    @Test
    void snapshotXmlYieldsItsDomainAndTheCensusSeesBothCopies() throws Exception {
        String snap = "<domainsnapshot><name>s1</name><domain><name>vm</name><devices>"
                + "<interface type='bridge'><mac address='52:54:00:00:00:01'/></interface></devices></domain>"
                + "<inactiveDomain><name>vm</name><devices><interface type='bridge'><mac address='52:54:00:00:00:02'/>"
                + "</interface></devices></inactiveDomain></domainsnapshot>";
        assertThat(NewVmDraft.of(snap, "snapshot s1").macs()).containsExactly("52:54:00:00:00:01");
        assertThat(LibvirtMacCensus.macsIn(snap, "s1")).containsExactly(0x525400000001L, 0x525400000002L);
        assertThatThrownBy(() -> NewVmDraft.of("<!DOCTYPE x [<!ENTITY e SYSTEM 'file:///etc/passwd'>]><domain>&e;</domain>", "evil"))
                .hasMessageContaining("evil is not readable XML");
        List<Element> none = DomainXml.interfaces(DomainXml.parse("<domain/>", "x").getDocumentElement());
        assertThat(VnicOrder.order(none).interfaces()).isEmpty();
    }
}
