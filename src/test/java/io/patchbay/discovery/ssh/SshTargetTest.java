package io.patchbay.discovery.ssh;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.patchbay.core.PatchbayException;
import io.patchbay.core.PatchbayException.Reason;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class SshTargetTest {
    @Test
    void userHostAndPort() throws PatchbayException {
        SshTarget t = SshTarget.parse("pbtest@10.77.1.2:2222");
        assertThat(t.user()).contains("pbtest");
        assertThat(t.host()).isEqualTo("10.77.1.2");
        assertThat(t.port()).hasValue(2222);
        assertThat(t).hasToString("pbtest@10.77.1.2:2222");
    }

    @Test
    void aliasAloneLeavesUserAndPortToTheConfig() throws PatchbayException {
        SshTarget t = SshTarget.parse("lab-loop");
        assertThat(t).isEqualTo(new SshTarget(Optional.empty(), "lab-loop", OptionalInt.empty()));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "[::1]:2222              | ::1               | 2222",
        "pbtest@[fe80::1%eth0]:22 | fe80::1%eth0     | 22",
        "::1                     | ::1               | 0",
        "[2001:db8::7]           | 2001:db8::7       | 0",
        "[::ffff:10.0.0.1]:22    | ::ffff:10.0.0.1   | 22",
        "host-1.example.org.     | host-1.example.org. | 0",
        "my_host                 | my_host           | 0",
    })
    void acceptsIpv6DnsNamesAndAliases(String text, String host, int port) throws PatchbayException {
        SshTarget t = SshTarget.parse(text);
        assertThat(t.host()).isEqualTo(host);
        assertThat(t.port().orElse(0)).isEqualTo(port);
        assertThat(SshTarget.parse(t.toString())).isEqualTo(t);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "-oProxyCommand=x        | starts with '-'",
        "pbtest@-oProxyCommand=x | neither a host name",
        "host;id                 | neither a host name",
        "$(id)                   | neither a host name",
        "a b                     | spaces",
        "Root@host               | not a valid user name",
        "user@                   | host is missing",
        "host:0                  | outside 1..65535",
        "host:65536              | outside 1..65535",
        "host:22x                | not a number",
        "host:                   | not a number",
        "[::1                    | never closed",
        "[zz::1]:22              | not an IPv6 address",
        "[::1]x                  | only ':port' may follow",
        "1:2:3                   | not an IPv6 address",
        "999.1.1.1               | neither a host name",
        "-host                   | starts with '-'",
        "host-                   | neither a host name",
    })
    void rejectsBadTargetsNamingTheFault(String text, String why) {
        assertThatThrownBy(() -> SshTarget.parse(text))
                .isInstanceOfSatisfying(PatchbayException.class, e -> assertThat(e.reason()).isEqualTo(Reason.BAD_INPUT))
                .hasMessageContaining("SSH target '" + text + "'")
                .hasMessageContaining(why);
    }

    @Test
    void emptyAndControlCharactersAreRejected() {
        assertThatThrownBy(() -> SshTarget.parse("")).hasMessageContaining("empty");
        assertThatThrownBy(() -> SshTarget.parse("host\nProxyCommand x"))
                .isInstanceOf(PatchbayException.class)
                .hasMessageContaining("host?ProxyCommand x")
                .hasMessageContaining("control characters");
    }
}
