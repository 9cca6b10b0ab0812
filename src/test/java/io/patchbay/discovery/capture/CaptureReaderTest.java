package io.patchbay.discovery.capture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.patchbay.core.PatchbayException;
import io.patchbay.core.PatchbayException.Reason;
import io.patchbay.discovery.parse.Observation;
import io.patchbay.discovery.parse.OutputParser;
import io.patchbay.model.DeviceKind;
import io.patchbay.model.Vm;
import io.patchbay.testsupport.Shared;
import io.patchbay.testsupport.TestCaptures;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How files reach their parsers. The JSON and XML parsers here are the real ones; for the text
 * outputs a recording parser shows which file went to which parser under which origin (their
 * facts are asserted in SosreportLabTest with the real text parsers).
 */
class CaptureReaderTest {
    /** One call of a parser: kind, bond name, origin. */
    record Call(CaptureKind kind, String bondName, String origin) {
    }

    private final List<Call> calls = new ArrayList<>();
    private final CaptureReader reader = new CaptureReader(this::recording);

    private OutputParser recording(CaptureKind kind, String bondName) {
        return (text, origin) -> {
            calls.add(new Call(kind, bondName, origin));
            switch (kind) {
                case IP_JSON, BRIDGE_JSON, DOMAIN_XML, DOMSTATUS_XML, HOSTNAME:
                    return CaptureParsers.standard(kind, bondName).parse(text, origin);
                default:
                    return new Observation(origin);
            }
        };
    }

    @Test
    void looseFilesAreReadByContentInTheOrderGiven() throws PatchbayException {
        Path link = TestCaptures.path("json/ip-j-d-link.json");
        Path bridge = TestCaptures.path("json/bridge-j-link.json");
        Path brctl = TestCaptures.path("sosreport-lab/sos_commands/networking/brctl_show");
        List<Observation> obs = reader.read(List.of(link, bridge, brctl));
        assertThat(calls).extracting(Call::kind)
                .containsExactly(CaptureKind.IP_JSON, CaptureKind.BRIDGE_JSON, CaptureKind.BRCTL_SHOW);
        assertThat(obs).extracting(Observation::origin).containsExactly("capture " + link, "capture " + bridge,
                "capture " + brctl);
        assertThat(obs.get(0).device("vnet0").kind).isEqualTo(DeviceKind.TAP);
        assertThat(obs.get(1).device("br0").bridgePorts).containsExactly("veth1", "vnet0");
    }

    @Test
    void corpusFilesGoToTheirParsers() throws PatchbayException {
        reader.read(List.of(Shared.corpus("ip", "IP_ADDR_TEST.txt"), Shared.corpus("virsh_list_all", "OUTPUT.txt"),
                Shared.corpus("qemu_xml", "XML_IDM_CLIENT.txt")));
        assertThat(calls).extracting(Call::kind)
                .containsExactly(CaptureKind.IP_TEXT, CaptureKind.VIRSH_LIST, CaptureKind.DOMSTATUS_XML);
    }

    @Test
    void aLooseBondingFileIsNamedAfterTheFile() throws PatchbayException {
        reader.read(List.of(TestCaptures.path("sosreport-lab/proc/net/bonding/bond0"),
                Shared.corpus("bond", "BONDINFO_MODE_5.txt")));
        assertThat(calls).extracting(Call::kind, Call::bondName).containsExactly(
                org.assertj.core.groups.Tuple.tuple(CaptureKind.BONDING, "bond0"),
                org.assertj.core.groups.Tuple.tuple(CaptureKind.BONDING, "BONDINFO_MODE_5"));
    }

    @Test
    void aBondFileNameThatIsNoInterfaceNameIsMarkedForTheMerge(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("bonding-of-the-backup-host.txt");
        Files.copy(Shared.corpus("bond", "BONDINFO_MODE_5.txt"), file);
        List<Observation> obs = new CaptureReader().read(List.of(file));
        assertThat(obs.get(0).device("bonding-of-the-backup-host").nameFromFileName).isTrue();
        Path named = dir.resolve("bond0");
        Files.copy(Shared.corpus("bond", "BONDINFO_MODE_5.txt"), named);
        assertThat(new CaptureReader().read(List.of(named)).get(0).device("bond0").nameFromFileName).isFalse();
    }

    @Test
    void sosreportFilesFromTheirPlaces() throws PatchbayException {
        Path sos = TestCaptures.path("sosreport-lab");
        List<Observation> obs = reader.read(List.of(sos));
        String p = "capture sosreport-lab/";
        assertThat(calls).containsExactly(
                new Call(CaptureKind.HOSTNAME, null, p + "hostname"),
                new Call(CaptureKind.IP_TEXT, null, p + "sos_commands/networking/ip_-s_-d_link"),
                new Call(CaptureKind.IP_TEXT, null, p + "sos_commands/networking/ip_-d_address"),
                new Call(CaptureKind.BRCTL_SHOW, null, p + "sos_commands/networking/brctl_show"),
                new Call(CaptureKind.BONDING, "bond0", p + "proc/net/bonding/bond0"),
                new Call(CaptureKind.DOMSTATUS_XML, null, p + "var/run/libvirt/qemu/db1.xml"),
                new Call(CaptureKind.DOMSTATUS_XML, null, p + "var/run/libvirt/qemu/web1.xml"),
                new Call(CaptureKind.VIRSH_LIST, null, p + "sos_commands/virsh/virsh_-r_list_--all"),
                new Call(CaptureKind.DOMAIN_XML, null, p + "etc/libvirt/qemu/build1.xml"),
                new Call(CaptureKind.DOMAIN_XML, null, p + "etc/libvirt/qemu/db1.xml"),
                new Call(CaptureKind.DOMAIN_XML, null, p + "etc/libvirt/qemu/web1.xml"));
        assertThat(obs.get(0).hostname()).isEqualTo("lab-kvm-01");
        List<Vm> vms = obs.stream().flatMap(o -> o.vms().stream()).collect(Collectors.toList());
        assertThat(vms).extracting(Vm::name, Vm::state, Vm::persistent).containsExactly(
                org.assertj.core.groups.Tuple.tuple("db1", "running", null),
                org.assertj.core.groups.Tuple.tuple("web1", "running", null),
                org.assertj.core.groups.Tuple.tuple("build1", null, true),
                org.assertj.core.groups.Tuple.tuple("db1", null, true),
                org.assertj.core.groups.Tuple.tuple("web1", null, true));
        assertThat(vms.get(1).vnics().get(0).target()).isEqualTo("vnet0");
        assertThat(obs).allSatisfy(o -> assertThat(o.warnings()).isEmpty());
    }

    @Test
    void sosreportVariantsDamagedFilesAndLinksOutside(@TempDir Path tmp) throws Exception {
        Path sos = tmp.resolve("sosreport-host2-2024");
        Path net = Files.createDirectories(sos.resolve("sos_commands/networking"));
        Files.createDirectories(sos.resolve("sos_commands/general"));
        Files.createDirectories(sos.resolve("run/libvirt/qemu"));
        Files.createDirectories(sos.resolve("var"));
        // var/run -> ../run as in real reports: the live XML is read once
        Files.createSymbolicLink(sos.resolve("var/run"), Path.of("../run"));
        Files.copy(Shared.corpus("ip", "IP_ADDR_TEST.txt"), net.resolve("ip_-o_addr"));
        Files.writeString(net.resolve("brctl_show"), "");
        Files.writeString(sos.resolve("sos_commands/general/hostname"), "bash: hostname: command not found\n");
        Files.copy(Shared.corpus("qemu_xml", "XML_IDM_CLIENT_NO_NAME.txt"), sos.resolve("run/libvirt/qemu/idm.xml"));
        Files.copy(Shared.corpus("qemu_xml", "XML_IDM_CLIENT.txt"), sos.resolve("run/libvirt/qemu/idm2.xml"));
        Path secret = Files.writeString(tmp.resolve("outside"), "[]");
        Files.createDirectories(sos.resolve("etc/libvirt/qemu"));
        Files.createSymbolicLink(sos.resolve("etc/libvirt/qemu/evil.xml"), secret);

        List<Observation> obs = reader.read(List.of(sos));
        String p = "capture sosreport-host2-2024/";
        // var/run is searched first; run/ holds the same files and is not read again
        assertThat(calls).extracting(Call::origin).containsExactly(p + "sos_commands/general/hostname",
                p + "sos_commands/networking/ip_-o_addr", p + "var/run/libvirt/qemu/idm.xml",
                p + "var/run/libvirt/qemu/idm2.xml");
        List<String> warnings = obs.stream().flatMap(o -> o.warnings().stream()).collect(Collectors.toList());
        assertThat(warnings).containsExactly(
                p + "sos_commands/general/hostname, line 1: expected one host name (letters, digits, '-' and '.')"
                        + " on one line, found 'bash: hostname: command not found'; skipped",
                p + "sos_commands/networking/brctl_show: empty; skipped",
                p + "var/run/libvirt/qemu/idm.xml, line 16: expected a <name> element with the domain's name inside <domain>"
                        + " (uuid 78177d07-ac0e-4057-b1de-9ccd66cbc3d7); skipped",
                p + "etc/libvirt/qemu/evil.xml: links outside the sosreport; skipped");
        assertThat(obs.stream().flatMap(o -> o.vms().stream())).extracting(Vm::name)
                .containsExactly("test-idm-client-ccveu-net");
    }

    @Test
    void aPlainFolderGivesEachFileByContent(@TempDir Path dir) throws Exception {
        Files.copy(TestCaptures.path("json/ip-j-addr.json"), dir.resolve("b-addr.json"));
        Files.copy(Shared.seed("rhev-host-01.brctl-show.txt"), dir.resolve("a-brctl.txt"));
        Files.writeString(dir.resolve(".notes.swp"), "editor junk");
        Files.createDirectories(dir.resolve("old"));
        List<Observation> obs = reader.read(List.of(dir));
        assertThat(obs).extracting(Observation::origin)
                .containsExactly("capture " + dir.resolve("a-brctl.txt"), "capture " + dir.resolve("b-addr.json"));
    }

    @Test
    void anUnknownFileInAPlainFolderIsAnError(@TempDir Path dir) throws Exception {
        Files.copy(TestCaptures.path("json/ip-j-addr.json"), dir.resolve("addr.json"));
        Files.copy(Shared.seed("rhv-vnic-chapter.ja.txt"), dir.resolve("chapter.txt"));
        assertThatThrownBy(() -> reader.read(List.of(dir)))
                .isInstanceOf(PatchbayException.class)
                .hasMessage(dir.resolve("chapter.txt") + ": not a recognised capture (expected ip, brctl, bridge,"
                        + " bonding, domain or network XML, virsh list, ovs-vsctl or ovs-appctl bond/show output)");
    }

    @Test
    void anEmptyFolderIsAnError(@TempDir Path dir) {
        assertThatThrownBy(() -> reader.read(List.of(dir)))
                .isInstanceOf(PatchbayException.class)
                .hasMessage(dir + ": no capture files in this folder");
    }

    @Test
    void aParseErrorIsBadInputWithTheParsersMessage() {
        Path blank = Shared.corpus("qemu_xml", "XML_NUMA_NO_NAME.txt");
        assertThatThrownBy(() -> reader.read(List.of(blank)))
                .isInstanceOf(PatchbayException.class)
                .hasMessage("capture " + blank + ", line 9: expected a <name> element with the domain's name inside <domain>"
                        + " (uuid 02cf0bba-2bd6-11e7-8337-e4115b9a50d0)")
                .extracting(e -> ((PatchbayException) e).reason()).isEqualTo(Reason.BAD_INPUT);
    }

    @Test
    void aMissingFileIsNamed(@TempDir Path dir) {
        Path missing = dir.resolve("nope.json");
        assertThatThrownBy(() -> reader.read(List.of(missing)))
                .isInstanceOf(PatchbayException.class)
                .hasMessage(missing + ": no such file")
                .extracting(e -> ((PatchbayException) e).reason()).isEqualTo(Reason.BAD_INPUT);
    }

    @Test
    void aDeviceIsNoCapture() {
        assertThatThrownBy(() -> reader.read(List.of(Path.of("/dev/zero"))))
                .isInstanceOf(PatchbayException.class)
                .hasMessage("/dev/zero: not a regular file");
    }

    @Test
    void anOversizedFileIsRefused(@TempDir Path dir) throws IOException {
        Path big = dir.resolve("huge.json");
        try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
            f.setLength(64L * 1024 * 1024 + 1);
        }
        assertThatThrownBy(() -> reader.read(List.of(big)))
                .isInstanceOf(PatchbayException.class)
                .hasMessage(big + ": larger than the 64 MiB a capture may have; refused");
    }

    @Test
    void binaryIsRefused(@TempDir Path dir) throws IOException {
        Path bin = dir.resolve("capture.pcap");
        Files.write(bin, new byte[] {(byte) 0xd4, (byte) 0xc3, (byte) 0xb2, (byte) 0xa1, 2, 0, 4, 0});
        assertThatThrownBy(() -> reader.read(List.of(bin)))
                .isInstanceOf(PatchbayException.class)
                .hasMessage(bin + ": not a text capture (not UTF-8)");
    }
}
