package io.patchbay.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading lab.env: the format lab/up writes, and clear errors without a lab. */
class LabEnvTest {
    @TempDir
    Path dir;

    @Test
    void missingEnvFileSaysTheLabIsNotUp() {
        assertThatThrownBy(() -> Lab.load(dir.resolve("lab.env")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("lab is not up: run `sudo lab/up`");
    }

    @Test
    void readsTheKeysLabUpWrites() throws IOException {
        Path env = dir.resolve("lab.env");
        Files.write(env, List.of(
                "# Patchbay lab (written by lab/up): shell-style KEY=value",
                "LAB_DIR=/run/patchbay-lab",
                "LAB_USER=pbtest",
                "LAB_KEY=/run/patchbay-lab/client/id_ed25519",
                "LAB_SSHD_PORT=2222",
                "LAB_HOSTS=\"pblab1 pblab2\"",
                "LAB_ADDR_pblab1=10.77.1.2",
                "LAB_ADDR_pblab2=10.77.2.2"), StandardCharsets.UTF_8);
        Lab lab = Lab.load(env);
        assertThat(lab.hosts()).containsExactly("pblab1", "pblab2");
        assertThat(lab.address("pblab2")).isEqualTo("10.77.2.2");
        assertThat(lab.sshdPort()).isEqualTo(2222);
        assertThat(lab.user()).isEqualTo("pbtest");
        assertThat(lab.key()).isEqualTo(Path.of("/run/patchbay-lab/client/id_ed25519"));
        assertThatThrownBy(() -> lab.address("pblab9"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("pblab9");
        assertThatThrownBy(lab::keyRsa)
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("LAB_KEY_RSA");
    }

    @Test
    void malformedLineIsNamedWithItsNumber() throws IOException {
        Path env = dir.resolve("lab.env");
        Files.write(env, List.of("LAB_DIR=/run/patchbay-lab", "this is not an assignment"),
                StandardCharsets.UTF_8);
        assertThatThrownBy(() -> Lab.load(env))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("line 2")
                .hasMessageContaining("expected KEY=value");
    }
}
