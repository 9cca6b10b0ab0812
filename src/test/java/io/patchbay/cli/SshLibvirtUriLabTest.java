package io.patchbay.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.patchbay.cli.TopologyCommandTest.Run;
import io.patchbay.testsupport.Lab;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every command means the same by {@code -i} and {@code --known-hosts} as {@code topology}: they
 * reach a bare {@code qemu+ssh://} URI (no keyfile or known_hosts parameter, nothing in
 * {@code ~/.ssh}) of {@code vnic add|move|link|remove} and {@code vm from-template}, and an
 * unknown host key is refused with exit 4 by each of them.
 */
@Tag("lab")
class SshLibvirtUriLabTest {
    private static final Lab LAB = Lab.load();
    private static final String VM = "pbguest1";
    private static final String MAC = "52:54:00:fb:13:01";
    private static final String NEW_VM = "pbcore-ssh-new";
    private static final Duration T = Duration.ofSeconds(30);

    @TempDir
    Path home;

    private String uri;

    @BeforeEach
    void bareUri() {
        uri = "qemu+ssh://" + LAB.user() + "@127.0.0.1:" + LAB.sshdPort() + "/system";
        assertThat(Path.of(System.getProperty("user.home"), ".ssh", "id_ed25519")).doesNotExist();
        scrub();
    }

    /** The lab's guests as they were: no vNIC with this test's MAC, no new domain. */
    @AfterEach
    void scrub() {
        for (String scope : List.of("--live", "--config")) {
            List<String> xml = scope.equals("--live") ? LAB.virsh(T, "dumpxml", VM)
                    : LAB.virsh(T, "dumpxml", VM, "--inactive");
            if (String.join("\n", xml).contains(MAC)) {
                LAB.virsh(T, "detach-interface", VM, "--type", "bridge", "--mac", MAC, scope);
            }
        }
        if (String.join("\n", LAB.virsh(T, "list", "--all", "--name")).lines().anyMatch(NEW_VM::equals)) {
            LAB.virsh(T, "undefine", NEW_VM);
        }
    }

    private Run run(String... args) {
        List<String> all = new ArrayList<>(List.of("--home", home.toString()));
        all.addAll(List.of(args));
        return TopologyCommandTest.run(all.toArray(String[]::new));
    }

    private String[] with(String knownHosts, String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--libvirt", uri, "-i", LAB.key().toString(), "--known-hosts", knownHosts));
        return all.toArray(String[]::new);
    }

    private String[] known(String... args) {
        return with(LAB.knownHosts().toString(), args);
    }

    @Test
    void vnicAddMoveLinkRemoveOverABareSshUriWithTheKeyAndKnownHostsGiven() throws Exception {
        Run add = run(known("vnic", "add", "--vm", VM, "--bridge", "pbbr0", "--mac", MAC));
        assertThat(add.code()).as(add.err()).isZero();
        assertThat(add.out()).startsWith("done: VM " + VM + " gets a new virtio vNIC " + MAC + " on bridge pbbr0");
        assertThat(String.join("\n", LAB.virsh(T, "dumpxml", VM))).contains(MAC);

        Run move = run(known("vnic", "move", "--vm", VM, "--mac", MAC, "--bridge", "pbbr1", "--format", "json"));
        assertThat(move.code()).as(move.err()).isZero();
        assertThat(new ObjectMapper().readTree(move.out()).get("outcome").get("state").asText()).isEqualTo("VERIFIED");

        Run link = run(known("vnic", "link", "--vm", VM, "--mac", MAC, "--state", "down"));
        assertThat(link.code()).as(link.err()).isZero();

        Run remove = run(known("vnic", "remove", "--vm", VM, "--mac", MAC, "--wait", "15"));
        assertThat(remove.code()).as(remove.err()).isZero();
        assertThat(String.join("\n", LAB.virsh(T, "dumpxml", VM))).doesNotContain(MAC);

        JsonNode journal = new ObjectMapper().readTree(run("journal", "--format", "json").out());
        assertThat(journal).extracting(e -> e.get("kind").asText() + " " + e.get("result").asText())
                .containsExactly("add VERIFIED", "move VERIFIED", "link VERIFIED", "remove VERIFIED");
    }

    @Test
    void vmFromTemplateOverABareSshUriWithTheKeyAndKnownHostsGiven() {
        Run dry = run(known("vm", "from-template", "--template", "pbtemplate1", "--name", NEW_VM, "--without-disks",
                "--dry-run"));
        assertThat(dry.code()).as(dry.err()).isZero();
        assertThat(dry.out()).startsWith("would define " + NEW_VM);

        Run made = run(known("vm", "from-template", "--template", "pbtemplate1", "--name", NEW_VM, "--without-disks"));
        assertThat(made.code()).as(made.err()).isZero();
        assertThat(made.out()).startsWith("defined " + NEW_VM);
        assertThat(LAB.virsh(T, "list", "--all", "--name")).contains(NEW_VM);
    }

    @Test
    void anUnknownHostKeyIsRefusedWith4ByEveryCommandAsByTopology() throws Exception {
        Path empty = Files.createFile(home.resolve("empty_known_hosts"));
        Run topology = run(with(empty.toString(), "topology"));
        assertThat(topology.code()).as(topology.err()).isEqualTo(4);
        assertThat(topology.err()).contains("host key is not in known_hosts");

        List<String[]> commands = List.of(
                with(empty.toString(), "vnic", "add", "--vm", VM, "--bridge", "pbbr0", "--mac", MAC),
                with(empty.toString(), "vnic", "move", "--vm", VM, "--mac", MAC, "--bridge", "pbbr1"),
                with(empty.toString(), "vnic", "link", "--vm", VM, "--mac", MAC, "--state", "down"),
                with(empty.toString(), "vnic", "remove", "--vm", VM, "--mac", MAC),
                with(empty.toString(), "vm", "from-template", "--template", "pbtemplate1", "--name", NEW_VM,
                        "--without-disks"));
        for (String[] args : commands) {
            Run r = run(args);
            assertThat(r.code()).as(String.join(" ", args) + "\n" + r.err()).isEqualTo(4);
            assertThat(r.err()).as(String.join(" ", args)).contains("host key is not in known_hosts");
        }
        assertThat(Files.readString(empty)).isEmpty();
        assertThat(String.join("\n", LAB.virsh(T, "dumpxml", VM, "--inactive"))).doesNotContain(MAC);
    }
}
