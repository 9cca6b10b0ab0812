package io.patchbay.discovery.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.patchbay.testsupport.TestCaptures;
import org.junit.jupiter.api.Test;

class HostnameParserTest {
    private final HostnameParser parser = new HostnameParser();

    @Test
    void sosreportHostnameFile() throws ParseException {
        Observation obs = parser.parse(TestCaptures.read("sosreport-lab/hostname"), "capture sosreport-lab/hostname");
        assertThat(obs.hostname()).isEqualTo("lab-kvm-01");
        assertThat(obs.devices()).isEmpty();
        assertThat(obs.warnings()).isEmpty();
    }

    @Test
    void fullyQualifiedNameWithBlankLinesAround() throws ParseException {
        assertThat(parser.parse("\n  rhev-host-01.example.com.\n\n", "h").hostname()).isEqualTo("rhev-host-01.example.com");
    }

    @Test
    void twoLinesAreRefusedAtTheSecond() {
        assertThatThrownBy(() -> parser.parse("lab-kvm-01\nlab-kvm-02\n", "capture h"))
                .isInstanceOf(ParseException.class)
                .hasMessage("capture h, line 2: expected one host name (letters, digits, '-' and '.') on one line,"
                        + " found 'lab-kvm-02'");
    }

    @Test
    void commandErrorIsRefused() {
        assertThatThrownBy(() -> parser.parse("bash: hostname: command not found\n", "capture h"))
                .isInstanceOf(ParseException.class)
                .hasMessageContaining("line 1")
                .hasMessageContaining("found 'bash: hostname: command not found'");
    }

    @Test
    void emptyIsRefused() {
        assertThatThrownBy(() -> parser.parse("\n", "capture h"))
                .isInstanceOf(ParseException.class)
                .hasMessage("capture h: expected one host name (letters, digits, '-' and '.') on one line,"
                        + " found 'an empty file'");
    }

    @Test
    void overlongLabelIsRefused() {
        assertThatThrownBy(() -> parser.parse("a".repeat(64) + "\n", "capture h"))
                .isInstanceOf(ParseException.class);
    }
}
