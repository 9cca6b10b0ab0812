package io.patchbay.discovery.ssh;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.patchbay.core.PatchbayException;
import io.patchbay.core.PatchbayException.Reason;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SshConfigResolverTest {
    @TempDir
    Path home;

    private SshSettings settings(String config) throws IOException {
        Path file = home.resolve("ssh_config");
        Files.writeString(file, config);
        return SshSettings.forHome(home, Optional.empty()).withSshConfig(file);
    }

    @Test
    void aliasTakesHostNamePortUserAndIdentityFileFromTheConfig() throws Exception {
        SshSettings s = settings("""
                Host lab-loop
                    HostName 127.0.0.1
                    Port 2222
                    User pbtest
                    IdentityFile ~/.ssh/lab_%r_key
                """);
        SshRoute route = SshConfigResolver.load(s).route(SshTarget.parse("lab-loop"));
        ResolvedHost t = route.target();
        assertThat(route.jumps()).isEmpty();
        assertThat(t.alias()).isEqualTo("lab-loop");
        assertThat(t.hostName()).isEqualTo("127.0.0.1");
        assertThat(t.port()).isEqualTo(2222);
        assertThat(t.user()).isEqualTo("pbtest");
        assertThat(t.hostNameFromConfig()).isTrue();
        assertThat(t.identityFiles()).containsExactly(home.resolve(".ssh/lab_pbtest_key"));
        assertThat(t.display()).isEqualTo("pbtest@127.0.0.1:2222");
    }

    @Test
    void commandLineUserPortAndKeysWinOverTheConfig() throws Exception {
        SshSettings s = settings("Host h1\n  HostName 10.77.1.2\n  Port 2222\n  User pbtest\n  IdentityFile /k/config_key\n")
                .withIdentityFiles(List.of(Path.of("/k/cli_key")));
        ResolvedHost t = SshConfigResolver.load(s).route(SshTarget.parse("admin@h1:22")).target();
        assertThat(t.user()).isEqualTo("admin");
        assertThat(t.port()).isEqualTo(22);
        assertThat(t.identityFiles()).containsExactly(Path.of("/k/cli_key"), Path.of("/k/config_key"));
    }

    @Test
    void unknownNameIsTheHostItselfWithTheDefaults() throws Exception {
        SshSettings s = settings("Host other\n  HostName 10.0.0.1\n");
        ResolvedHost t = SshConfigResolver.load(s).route(SshTarget.parse("10.77.3.2")).target();
        assertThat(t.hostName()).isEqualTo("10.77.3.2");
        assertThat(t.port()).isEqualTo(22);
        assertThat(t.user()).isEqualTo(System.getProperty("user.name"));
        assertThat(t.hostNameFromConfig()).isFalse();
        assertThat(t.identityFiles()).containsExactly(home.resolve(".ssh/id_ed25519"), home.resolve(".ssh/id_ecdsa"),
                home.resolve(".ssh/id_rsa"));
    }

    @Test
    void missingConfigFileMeansNoConfig() throws Exception {
        SshSettings s = SshSettings.forHome(home, Optional.empty());
        ResolvedHost t = SshConfigResolver.load(s).route(SshTarget.parse("pbtest@lab-loop")).target();
        assertThat(t.hostName()).isEqualTo("lab-loop");
        assertThat(t.port()).isEqualTo(22);
    }

    @Test
    void proxyJumpHopsAreResolvedThroughTheConfigToo() throws Exception {
        SshSettings s = settings("""
                Host lab-loop
                    HostName 127.0.0.1
                    Port 2222
                    User pbtest
                Host inner
                    HostName 10.77.1.2
                    User pbtest
                    ProxyJump lab-loop,admin@[::1]:2200
                """);
        SshRoute route = SshConfigResolver.load(s).route(SshTarget.parse("inner"));
        assertThat(route.jumps()).extracting(ResolvedHost::display)
                .containsExactly("pbtest@127.0.0.1:2222", "admin@[::1]:2200");
        assertThat(route.target().display()).isEqualTo("pbtest@10.77.1.2:22");
    }

    @Test
    void proxyJumpNoneMeansDirect() throws Exception {
        SshSettings s = settings("Host inner\n  ProxyJump none\nHost *\n  ProxyJump lab-loop\n");
        assertThat(SshConfigResolver.load(s).route(SshTarget.parse("inner")).jumps()).isEmpty();
    }

    @Test
    void hostNameTokenIsExpanded() throws Exception {
        SshSettings s = settings("Host web*\n  HostName %h.example.org\n");
        assertThat(SshConfigResolver.load(s).route(SshTarget.parse("web1")).target().hostName()).isEqualTo("web1.example.org");
    }

    @Test
    void identityAgentNoneTurnsTheAgentOff() throws Exception {
        SshSettings s = settings("Host quiet\n  IdentityAgent none\n").withAgentSocket(Optional.of(Path.of("/tmp/agent.sock")));
        SshConfigResolver r = SshConfigResolver.load(s);
        assertThat(r.route(SshTarget.parse("quiet")).target().agentSocket()).isEmpty();
        assertThat(r.route(SshTarget.parse("loud")).target().agentSocket()).contains(Path.of("/tmp/agent.sock"));
    }

    @Test
    void badValuesNameTheFileTheHostAndTheValue() throws Exception {
        String file = home.resolve("ssh_config").toString();
        assertBad(settings("Host h\n  Port twenty\n"), "h", file, "Port 'twenty' is not a number from 1 to 65535");
        assertBad(settings("Host h\n  Port 70000\n"), "h", file, "Port '70000'");
        assertBad(settings("Host h\n  User Bad User\n"), "h", file, "User 'Bad User' is not a valid user name");
        assertBad(settings("Host h\n  HostName -oProxyCommand=x\n"), "h", file, "HostName '-oProxyCommand=x' is not a host name");
        assertBad(settings("Host h\n  ProxyJump -oProxyCommand=x\n"), "h", file, "ProxyJump hop '-oProxyCommand=x'");
        assertBad(settings("Host h\n  IdentityFile ~/.ssh/%C\n"), "h", file, "unsupported token %C");
    }

    @Test
    void aBadValueIsAKeyedSentenceWhoseEnglishIsTheWholeCommandLineText() throws Exception {
        String file = home.resolve("ssh_config").toString();
        SshSettings s = settings("Host h\n  HostName x%q\n  ProxyJump -oProxyCommand=x\n");
        assertThatThrownBy(() -> SshConfigResolver.load(s).route(SshTarget.parse("h")))
                .isInstanceOfSatisfying(PatchbayException.class, e -> {
                    assertThat(e.sentence().key()).isEqualTo("ssh.config.bad");
                    assertThat(e.sentence().args()).element(2).isInstanceOfSatisfying(io.patchbay.core.Sentence.class,
                            why -> assertThat(why.key()).isEqualTo("ssh.config.hostNameToken"));
                })
                .hasMessage("SSH config " + file + ", Host h: HostName 'x%q' uses %q; only %h and %% are supported there.");
        SshSettings jump = settings("Host h\n  ProxyJump -oProxyCommand=x\n");
        assertThatThrownBy(() -> SshConfigResolver.load(jump).route(SshTarget.parse("h")))
                .isInstanceOfSatisfying(PatchbayException.class, e -> assertThat(e.sentence().args()).element(2)
                        .isInstanceOfSatisfying(io.patchbay.core.Sentence.class, why -> {
                            assertThat(why.key()).isEqualTo("ssh.config.badJump");
                            assertThat(((io.patchbay.core.Sentence) why.args().get(1)).key()).isEqualTo("ssh.target.bad");
                        }))
                .hasMessageContaining("ProxyJump hop '-oProxyCommand=x': SSH target '-oProxyCommand=x' is not valid: it starts"
                        + " with '-' (looks like an option, not a host).");
    }

    private static void assertBad(SshSettings s, String host, String file, String text) {
        assertThatThrownBy(() -> SshConfigResolver.load(s).route(SshTarget.parse(host)))
                .isInstanceOfSatisfying(PatchbayException.class, e -> assertThat(e.reason()).isEqualTo(Reason.BAD_INPUT))
                .hasMessageContaining("SSH config " + file + ", Host " + host + ": ")
                .hasMessageContaining(text);
    }
}
