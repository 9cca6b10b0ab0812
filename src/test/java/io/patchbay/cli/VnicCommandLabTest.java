package io.patchbay.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.patchbay.testsupport.Lab;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code patchbay vnic ...} and {@code patchbay journal} against the lab libvirtd: output, exit codes, JSON errors. */
@Tag("lab")
class VnicCommandLabTest {
    private static final String VM = "pbguest1";
    private static final String MAC = "52:54:00:fb:02:01";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path home;

    private String uri;

    record Run(int code, String out, String err) {
    }

    @BeforeEach
    void lab() {
        uri = Lab.load().libvirtUri();
        scrub();
    }

    @AfterEach
    void scrub() {
        List<String> xml = Lab.load().virsh(Duration.ofSeconds(20), "dumpxml", VM);
        if (String.join("\n", xml).contains(MAC)) {
            Lab.load().virsh(Duration.ofSeconds(20), "detach-interface", VM,
                    "--type", "bridge", "--mac", MAC, "--live");
        }
        List<String> conf = Lab.load().virsh(Duration.ofSeconds(20), "dumpxml", VM, "--inactive");
        if (String.join("\n", conf).contains(MAC)) {
            Lab.load().virsh(Duration.ofSeconds(20), "detach-interface", VM,
                    "--type", "bridge", "--mac", MAC, "--config");
        }
    }

    private Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = PatchbayCommand.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        List<String> all = new ArrayList<>(List.of("--home", home.toString()));
        all.addAll(List.of(args));
        int code = cl.execute(all.toArray(String[]::new));
        return new Run(code, out.toString(), err.toString());
    }

    private static JsonNode json(String text) throws Exception {
        return JSON.readTree(text);
    }

    @Test
    void dryRunPrintsThePlanAndChangesNothing() throws Exception {
        String before = String.join("\n", Lab.load().virsh(Duration.ofSeconds(20), "dumpxml", VM));
        Run r = run("vnic", "add", "--libvirt", uri, "--vm", VM, "--bridge", "pbbr0", "--mac", MAC, "--dry-run",
                "--format", "json");
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode plan = json(r.out()).get("plan");
        assertThat(plan.get("state").asText()).isEqualTo("PLANNED");
        assertThat(plan.get("deviceXml").asText()).isEqualTo("<interface type=\"bridge\"><mac address=\"" + MAC
                + "\"/><source bridge=\"pbbr0\"/><model type=\"virtio\"/></interface>");
        assertThat(plan.get("steps")).extracting(s -> s.get("call").asText() + " " + s.get("flags").asInt())
                .containsExactly("attachDeviceFlags 1", "attachDeviceFlags 2");
        assertThat(plan.get("reverse")).extracting(s -> s.get("call").asText() + " " + s.get("flags").asInt())
                .containsExactly("detachDeviceFlags 2", "detachDeviceFlags 1");
        assertThat(String.join("\n", Lab.load().virsh(Duration.ofSeconds(20), "dumpxml", VM)))
                .isEqualTo(before);
        assertThat(run("journal", "--format", "json").out().strip()).isEqualTo("[ ]");
    }

    @Test
    void addMoveRemoveThroughTheCliAndTheJournal() throws Exception {
        Run add = run("vnic", "add", "--libvirt", uri, "--vm", VM, "--bridge", "pbbr0", "--mac", MAC);
        assertThat(add.code()).as(add.err()).isZero();
        assertThat(add.out()).startsWith("done: VM " + VM + " gets a new virtio vNIC " + MAC + " on bridge pbbr0 (live and config)");
        Run move = run("vnic", "move", "--libvirt", uri, "--vm", VM, "--mac", MAC, "--bridge", "pbbr1", "--format", "json");
        assertThat(move.code()).as(move.err()).isZero();
        JsonNode outcome = json(move.out()).get("outcome");
        assertThat(outcome.get("state").asText()).isEqualTo("VERIFIED");
        Run link = run("vnic", "link", "--libvirt", uri, "--vm", VM, "--mac", MAC, "--state", "down");
        assertThat(link.code()).as(link.err()).isZero();
        Run remove = run("vnic", "remove", "--libvirt", uri, "--vm", VM, "--mac", MAC, "--wait", "15");
        assertThat(remove.code()).as(remove.err()).isZero();

        Run journal = run("journal", "--format", "json");
        assertThat(journal.code()).isZero();
        assertThat(json(journal.out())).extracting(e -> e.get("kind").asText() + " " + e.get("result").asText())
                .containsExactly("add VERIFIED", "move VERIFIED", "link VERIFIED", "remove VERIFIED");
        assertThat(json(journal.out()).get(1).get("xml").asText()).contains("pbbr1").contains(MAC);
        assertThat(run("journal").out()).contains(VM + "  move " + MAC + "  VERIFIED");
    }

    @Test
    void aMacFromAPoolIsUsedCommittedAndADryRunKeepsNone() throws Exception {
        assertThat(run("mac", "pool", "add", "labpool", "--range", MAC + "-" + MAC).code()).isZero();
        Run dry = run("vnic", "add", "--libvirt", uri, "--vm", VM, "--bridge", "pbbr0", "--pool", "labpool", "--dry-run");
        assertThat(dry.code()).as(dry.err()).isZero();
        assertThat(dry.out()).contains("dry run: pool labpool would give MAC " + MAC + " (not kept)");

        Run add = run("vnic", "add", "--libvirt", uri, "--vm", VM, "--bridge", "pbbr0", "--pool", "labpool",
                "--format", "json");
        assertThat(add.code()).as(add.err()).isZero();
        assertThat(json(add.out()).get("plan").get("mac").asText()).isEqualTo(MAC);
        assertThat(json(add.out()).get("outcome").get("state").asText()).isEqualTo("VERIFIED");

        Run again = run("vnic", "add", "--libvirt", uri, "--vm", VM, "--bridge", "pbbr0", "--pool", "labpool");
        assertThat(again.code()).as("the one-MAC pool is used up: " + again.err()).isEqualTo(4);
        assertThat(run("journal", "--format", "json").out()).contains("\"kind\" : \"add\"");
    }

    @Test
    void errorsHaveExitCodesAndJsonErrorObjects() throws Exception {
        Run bridge = run("vnic", "add", "--libvirt", uri, "--vm", VM, "--bridge", "nosuchbr9", "--mac", MAC, "--format", "json");
        assertThat(bridge.code()).isEqualTo(3);
        assertThat(bridge.err()).startsWith("patchbay: bridge 'nosuchbr9' not found on host localhost");
        assertThat(json(bridge.out()).get("error").get("code").asInt()).isEqualTo(3);

        Run vm = run("vnic", "move", "--libvirt", uri, "--vm", "nosuchvm9", "--mac", MAC, "--bridge", "pbbr0");
        assertThat(vm.code()).isEqualTo(3);
        assertThat(vm.err().strip()).isEqualTo("patchbay: VM 'nosuchvm9' not found on host localhost (" + uri + ")");

        Run used = run("vnic", "add", "--libvirt", uri, "--vm", VM, "--bridge", "pbbr0", "--mac", "52:54:00:bb:01:01",
                "--format", "json");
        assertThat(used.code()).isEqualTo(4);
        assertThat(json(used.out()).get("error").get("message").asText())
                .startsWith("MAC 52:54:00:bb:01:01 is already used by VM " + VM);

        Run multicast = run("vnic", "add", "--libvirt", uri, "--vm", VM, "--bridge", "pbbr0", "--mac", "01:00:5e:00:00:01");
        assertThat(multicast.code()).isEqualTo(2);
        assertThat(multicast.err()).contains("multicast");

        Run noVnic = run("vnic", "remove", "--libvirt", uri, "--vm", VM, "--mac", MAC);
        assertThat(noVnic.code()).isEqualTo(3);
        assertThat(noVnic.err()).contains("has no vNIC with MAC " + MAC);

        Run live = run("vnic", "add", "--libvirt", uri, "--vm", "pbtemplate1", "--bridge", "pbbr0", "--mac", MAC, "--live");
        assertThat(live.code()).isEqualTo(2);
        assertThat(live.err()).contains("is shut off: a --live change is impossible");

        Run state = run("vnic", "link", "--libvirt", uri, "--vm", VM, "--mac", MAC, "--state", "sideways");
        assertThat(state.code()).isEqualTo(2);

        Run pool = run("vnic", "add", "--libvirt", uri, "--vm", VM, "--bridge", "pbbr0", "--pool", "nosuchpool9");
        assertThat(pool.code()).as(pool.err()).isEqualTo(3);
        assertThat(pool.err()).contains("nosuchpool9");

        Run uriBad = run("vnic", "add", "--libvirt", "qemu+ssh://nosuchhost.invalid/system", "--vm", VM,
                "--bridge", "pbbr0", "--mac", MAC);
        assertThat(uriBad.code()).as(uriBad.err()).isEqualTo(5);
        assertThat(uriBad.err()).contains("nosuchhost.invalid");
        assertThat(run("journal", "--format", "json").out().strip()).isEqualTo("[ ]");
    }
}
