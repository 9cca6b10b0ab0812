package io.patchbay.discovery.ssh;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.patchbay.core.PatchbayException;
import io.patchbay.model.Device;
import io.patchbay.model.HostTopology;
import io.patchbay.model.Link;
import io.patchbay.model.LinkKind;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading the lab's namespace hosts over SSH with the fixed collection script. */
@Tag("lab")
class SshHostSourceLabTest {
    @TempDir
    Path dir;

    private SshSettings labSettings() {
        return SshSettings.forHome(dir.resolve("home"), Optional.empty())
                .withKnownHosts(LabEnv.knownHosts()).withSshConfig(LabEnv.sshConfig());
    }

    @Test
    void readsEveryDeviceOfPblab1IncludingHostileNames() throws Exception {
        try (SshHostSource source = new SshHostSource("pblab1", SshTarget.parse("pblab1"), labSettings())) {
            assertThat(source.describe()).isEqualTo("ssh pblab1");
            HostTopology t = source.refresh();
            assertThat(source.describe()).isEqualTo("ssh " + LabEnv.user() + "@" + LabEnv.addr("pblab1") + ":22");
            List<String> inNamespace = Arrays.asList(
                    Cmd.run(List.of("ip", "netns", "exec", "pblab1", "ls", "-1", "/sys/class/net")).strip().split("\n"));
            assertThat(t.name()).isEqualTo("pblab1");
            assertThat(t.sources()).containsExactly("ssh");
            assertThat(t.devices()).extracting(Device::name).containsExactlyInAnyOrderElementsOf(inNamespace)
                    .contains("$(id>x)", "a;b", "-rf");
            assertThat(t.links()).contains(new Link("vnet0", "br0", LinkKind.PORT));
        }
    }

    @Test
    void threeRefreshesUseOneSession() throws Exception {
        try (SshHostSource source = new SshHostSource(null, SshTarget.parse("pblab2"), labSettings())) {
            for (int i = 0; i < 3; i++) {
                assertThat(source.refresh().devices()).isNotEmpty();
            }
            assertThat(source.sessionsOpened()).isEqualTo(1);
            // the sshd's own account: one login from our client port, one command session per refresh (+1 for this echo)
            String[] client = source.connection().exec("echo $SSH_CLIENT").stdout().strip().split(" ");
            String from = "for " + LabEnv.user() + " from " + client[0] + " port " + client[1];
            List<String> log = Files.readAllLines(LabEnv.sshdLog("pblab2"));
            assertThat(log).filteredOn(l -> l.startsWith("Accepted publickey " + from + " ")).hasSize(1);
            assertThat(log).filteredOn(l -> l.startsWith("Starting session: command " + from + " ")).hasSize(4);
        }
    }

    @Test
    void anUnknownAliasIsNotFound() {
        SshHostSource source = new SshHostSource(null, sshTarget("pblab-nonexistent.invalid"), labSettings());
        assertThatThrownBy(source::refresh)
                .isInstanceOfSatisfying(PatchbayException.class,
                        e -> assertThat(e.reason()).isEqualTo(PatchbayException.Reason.NOT_FOUND))
                .hasMessageContaining("pblab-nonexistent.invalid");
        source.close();
    }

    private static SshTarget sshTarget(String text) {
        try {
            return SshTarget.parse(text);
        } catch (PatchbayException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
