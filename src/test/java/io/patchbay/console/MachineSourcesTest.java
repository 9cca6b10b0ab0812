package io.patchbay.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.patchbay.discovery.ssh.SshTarget;
import io.patchbay.libvirt.LibvirtUri;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The same-machine rule before anything is read: which sources are one machine, and what one machine reads. */
class MachineSourcesTest {
    private static final List<String> PROBE = ThisComputerSource.DEFAULT_URIS;

    private static LibvirtUri uri(String text) throws Exception {
        return LibvirtUri.parse(text);
    }

    private static SshTarget ssh(String text) throws Exception {
        return SshTarget.parse(text);
    }

    @Test
    void aLibvirtUriOverSshAndAnSshTargetOfTheSameHostAreOneMachine() throws Exception {
        assertThat(MachineKey.ofLibvirt(uri("qemu+ssh://root@Host2.example/system")))
                .contains(MachineKey.ofSsh(ssh("admin@host2.example:2222")));
        assertThat(MachineKey.ofLibvirt("qemu+tls://host2.example/system")).isEqualTo(MachineKey.ofSsh("host2.example"));
        assertThat(MachineKey.ofLibvirt("qemu+ssh://root@host3/system")).isNotEqualTo(MachineKey.ofSsh("host2"));
    }

    @Test
    void aLocalDaemonIsThisComputerAndTheTestDriverIsNoMachine() throws Exception {
        assertThat(MachineKey.ofLibvirt("qemu:///system")).contains(MachineKey.thisComputer());
        assertThat(MachineKey.ofLibvirt("qemu:///session")).contains(MachineKey.thisComputer());
        assertThat(MachineKey.ofLibvirt("qemu:///system?socket=/run/lab/sock")).contains(MachineKey.thisComputer());
        assertThat(MachineKey.ofLibvirt("test:///default")).isEmpty();
        assertThat(MachineKey.ofLibvirt("not a uri")).isEmpty();
        assertThat(MachineKey.ofSsh("-oProxyCommand=x")).isEmpty();
        assertThat(MachineKey.thisComputer().isThisComputer()).isTrue();
        assertThat(MachineKey.ofSsh(ssh("localhost")).isThisComputer()).isFalse(); // a name, maybe a forwarded port
    }

    @Test
    void thisComputerAndQemuSystemJoinIntoOneThatReadsTheGivenDaemonInsteadOfProbing() throws Exception {
        MachineSources local = MachineSources.thisComputer(null, PROBE);
        MachineSources system = MachineSources.of("lab", null, uri("qemu:///system"));
        assertThat(system.devices()).isEqualTo(MachineSources.Devices.LOCAL); // the daemon's taps are local devices
        Optional<MachineSources> joined = local.join(system);
        assertThat(joined).contains(new MachineSources(null, MachineSources.Devices.LOCAL, null, uri("qemu:///system"),
                List.of()));
        // the other way round: the same sources
        assertThat(system.join(local).orElseThrow().libvirt().given()).isEqualTo("qemu:///system");
        assertThat(system.join(local).orElseThrow().probe()).isEmpty();
    }

    @Test
    void aLibvirtHostOverSshJoinsTheSshHostOfItsEndpoint() throws Exception {
        MachineSources byShell = MachineSources.of("web", ssh("admin@web1"), null);
        MachineSources byLibvirt = MachineSources.of(null, null, uri("qemu+ssh://root@web1/system"));
        assertThat(byLibvirt.devices()).isEqualTo(MachineSources.Devices.NONE);
        MachineSources one = byShell.join(byLibvirt).orElseThrow();
        assertThat(one.devices()).isEqualTo(MachineSources.Devices.SSH);
        assertThat(one.ssh()).isEqualTo(ssh("admin@web1"));
        assertThat(one.libvirt().display()).isEqualTo("qemu+ssh://root@web1/system");
        assertThat(one.name()).isEqualTo("web");
        // a libvirt-only host gains its devices from the SSH host added later
        MachineSources reverse = byLibvirt.join(byShell).orElseThrow();
        assertThat(reverse.devices()).isEqualTo(MachineSources.Devices.SSH);
        assertThat(reverse.libvirt()).isEqualTo(byLibvirt.libvirt());
    }

    @Test
    void otherMachinesTwoDaemonsAndTheTestDriverDoNotJoin() throws Exception {
        assertThat(MachineSources.of(null, ssh("web1"), null).join(MachineSources.of(null, ssh("web2"), null))).isEmpty();
        MachineSources system = MachineSources.of(null, null, uri("qemu:///system"));
        MachineSources session = MachineSources.of(null, null, uri("qemu:///session"));
        assertThat(system.join(session)).isEmpty();
        MachineSources test = MachineSources.of(null, null, uri("test:///default"));
        assertThat(test.key()).isEmpty();
        assertThat(test.join(test)).isEmpty();
        assertThat(MachineSources.thisComputer(null, PROBE).join(test)).isEmpty();
        // the same daemon twice: one machine, read once
        assertThat(system.join(MachineSources.of("again", null, uri("qemu:///system")))).contains(system);
    }

    @Test
    void sameMachineByIdentityKeepsTheFirstDeviceSourceAndNeverReadsTwo() throws Exception {
        // "This computer" and an SSH host that its read showed to be this computer (loopback sshd)
        MachineSources local = MachineSources.thisComputer(null, PROBE);
        MachineSources loop = MachineSources.of("loop", ssh("pbtest@127.0.0.1:2222"), null);
        assertThat(local.join(loop)).isEmpty(); // not known before reading
        assertThat(local.joinSameMachine(loop)).contains(local);
        MachineSources loopWithLibvirt = MachineSources.of("loop", ssh("pbtest@127.0.0.1:2222"),
                uri("qemu+ssh://pbtest@127.0.0.1:2222/system"));
        MachineSources one = local.joinSameMachine(loopWithLibvirt).orElseThrow();
        assertThat(one.devices()).isEqualTo(MachineSources.Devices.LOCAL);
        assertThat(one.ssh()).isNull();
        assertThat(one.libvirt()).isEqualTo(loopWithLibvirt.libvirt());
        assertThat(one.probe()).isEmpty();
    }
}
