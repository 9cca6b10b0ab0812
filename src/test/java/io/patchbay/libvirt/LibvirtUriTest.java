package io.patchbay.libvirt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.patchbay.core.PatchbayException;
import io.patchbay.core.PatchbayException.Reason;
import org.junit.jupiter.api.Test;

class LibvirtUriTest {
    @Test
    void takesTheUrisVirshTakes() throws Exception {
        assertThat(LibvirtUri.parse("qemu:///system")).satisfies(u -> {
            assertThat(u.driver()).isEqualTo("qemu");
            assertThat(u.transport()).isEmpty();
            assertThat(u.isLocal()).isTrue();
            assertThat(u.forLibvirt()).isEqualTo("qemu:///system");
        });
        assertThat(LibvirtUri.parse("test:///default").driver()).isEqualTo("test");
        LibvirtUri ssh = LibvirtUri.parse("qemu+ssh://root@kvm1.example.org:2222/system");
        assertThat(ssh.host()).isEqualTo("kvm1.example.org");
        assertThat(ssh.transport()).isEqualTo("ssh");
        assertThat(ssh.isLocal()).isFalse();
        assertThat(ssh.forLibvirt()).isEqualTo("qemu+ssh://root@kvm1.example.org:2222/system");
        assertThat(LibvirtUri.parse("qemu+tcp://10.0.0.5/system").host()).isEqualTo("10.0.0.5");
        assertThat(LibvirtUri.parse("qemu+tls://kvm2/system").transport()).isEqualTo("tls");
    }

    @Test
    void sshWithKnownHostsGoesThroughLibssh2WhichHonoursIt() throws Exception {
        LibvirtUri u = LibvirtUri.parse("qemu+ssh://pbtest@127.0.0.1:2222/system?keyfile=/k/id&known_hosts=/k/kh");
        assertThat(u.forLibvirt()).isEqualTo("qemu+libssh2://pbtest@127.0.0.1:2222/system?keyfile=/k/id&known_hosts=/k/kh");
        assertThat(u.forLibvirt()).doesNotContain("no_verify");
        assertThat(u.display()).isEqualTo("qemu+ssh://pbtest@127.0.0.1:2222/system");
    }

    @Test
    void theCommandLinesKeyAndKnownHostsAreAddedEncodedUnlessGiven() throws Exception {
        LibvirtUri u = LibvirtUri.parse("qemu+ssh://root@kvm1/system")
                .withSshDefaults(java.nio.file.Path.of("/k/my key"), java.nio.file.Path.of("/k/kh&x"));
        assertThat(u.given()).isEqualTo("qemu+ssh://root@kvm1/system?keyfile=%2Fk%2Fmy%20key&known_hosts=%2Fk%2Fkh%26x");
        assertThat(u.forLibvirt()).startsWith("qemu+libssh2://");
        LibvirtUri own = LibvirtUri.parse("qemu+ssh://root@kvm1/system?keyfile=/mine")
                .withSshDefaults(java.nio.file.Path.of("/other"), null);
        assertThat(own.given()).isEqualTo("qemu+ssh://root@kvm1/system?keyfile=/mine");
        LibvirtUri tcp = LibvirtUri.parse("qemu+tcp://kvm1/system").withSshDefaults(java.nio.file.Path.of("/k"), null);
        assertThat(tcp.given()).isEqualTo("qemu+tcp://kvm1/system");
    }

    @Test
    void badUrisAreOneClearSentenceWithExit2() {
        assertBad("", "--libvirt needs a URI");
        assertBad("bogus", "libvirt URI 'bogus' has no driver");
        assertBad("qemu+ftp://h/system", "unknown transport 'ftp'");
        assertBad("qemu+ssh:///system", "uses transport ssh but names no host");
        assertBad("qemu:// /system", "is not a URI");
    }

    @Test
    void aBadUriIsAKeyedSentenceWhoseEnglishIsTheWholeCommandLineText() {
        assertThatThrownBy(() -> LibvirtUri.parse("qemu+ssh:///system"))
                .isInstanceOfSatisfying(PatchbayException.class, e -> {
                    assertThat(e.sentence().key()).isEqualTo("libvirt.uri.noHost");
                    assertThat(e.sentence().args()).containsExactly("qemu+ssh:///system", "ssh", "qemu");
                })
                .hasMessage("libvirt URI 'qemu+ssh:///system' uses transport ssh but names no host: expected e.g."
                        + " qemu+ssh://user@host/system");
        assertThatThrownBy(() -> LibvirtUri.parse("qemu+ftp://h/system"))
                .hasMessage("libvirt URI 'qemu+ftp://h/system' has an unknown transport 'ftp': use one of unix, ssh, libssh,"
                        + " libssh2, tcp, tls");
    }

    private static void assertBad(String uri, String message) {
        assertThatThrownBy(() -> LibvirtUri.parse(uri))
                .isInstanceOfSatisfying(PatchbayException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.BAD_INPUT);
                    assertThat(io.patchbay.cli.ExitCodes.of(e.reason())).isEqualTo(2);
                })
                .hasMessageContaining(message);
    }
}
