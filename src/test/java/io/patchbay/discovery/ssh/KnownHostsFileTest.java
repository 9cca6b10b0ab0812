package io.patchbay.discovery.ssh;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** known_hosts lines and fingerprints, checked against OpenSSH's own ssh-keygen. */
@Tag("lab")
class KnownHostsFileTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"ed25519", "ecdsa", "rsa"})
    void fingerprintAndTypeAreThoseOpenSshPrints(String type) throws Exception {
        Path key = dir.resolve("k_" + type);
        Cmd.run(List.of("ssh-keygen", "-q", "-t", type, "-N", "", "-f", key.toString()));
        String[] pub = Files.readString(Path.of(key + ".pub")).strip().split("\\s+");
        byte[] blob = Base64.getDecoder().decode(pub[1]);
        assertThat(HostKeyBlob.type(blob)).isEqualTo(pub[0]);
        assertThat(HostKeyBlob.sha256Fingerprint(blob)).isEqualTo(Cmd.fingerprint(Path.of(key + ".pub")));
        assertThat(HostKeyBlob.displayType(pub[0])).isEqualTo(type.toUpperCase(java.util.Locale.ROOT));
    }

    @Test
    void findsPlainWildcardNegatedAndHashedEntriesWithTheirLineNumbers() throws Exception {
        String key = "AAAAC3NzaC1lZDI1NTE5AAAAIKRphLxudv/iQKbkkCkvbaUsVs/ZOrYVPhoE7Eb3P3Gr";
        Path hashed = dir.resolve("hashed");
        Files.writeString(hashed, "hashme ssh-ed25519 " + key + "\n");
        Cmd.run(List.of("ssh-keygen", "-H", "-f", hashed.toString())); // hashed by OpenSSH itself
        Path kh = dir.resolve("known_hosts");
        Files.writeString(kh, String.join("\n",
                "# comment",
                "",
                "web1,10.0.0.1 ssh-ed25519 " + key,
                "*.example.org,!secret.example.org ssh-rsa " + key,
                "[10.0.0.2]:2222 ssh-ed25519 " + key,
                "@revoked 10.0.0.1 ssh-ed25519 " + key,
                Files.readString(hashed).strip(),
                "broken-line-without-key",
                ""));
        KnownHostsFile f = new KnownHostsFile(kh);
        assertThat(f.entriesFor("10.0.0.1")).extracting(KnownHostsFile.Entry::line).containsExactly(3);
        assertThat(f.entriesFor("WEB1")).extracting(KnownHostsFile.Entry::line).containsExactly(3);
        assertThat(f.entriesFor("www.example.org")).extracting(KnownHostsFile.Entry::keyType).containsExactly("ssh-rsa");
        assertThat(f.entriesFor("secret.example.org")).isEmpty();
        assertThat(f.entriesFor("[10.0.0.2]:2222")).extracting(KnownHostsFile.Entry::line).containsExactly(5);
        assertThat(f.entriesFor("10.0.0.2")).isEmpty();
        assertThat(f.entriesFor("hashme")).extracting(KnownHostsFile.Entry::line).containsExactly(7);
        assertThat(Files.readAllLines(kh).get(6)).startsWith("|1|");
        assertThat(f.entriesFor("nothere")).isEmpty();
    }

    @Test
    void hostEntryUsesBracketsForOtherPorts() {
        assertThat(KnownHostsFile.hostEntry("10.77.1.2", 22)).isEqualTo("10.77.1.2");
        assertThat(KnownHostsFile.hostEntry("127.0.0.1", 2222)).isEqualTo("[127.0.0.1]:2222");
    }

    @Test
    void aMissingFileHasNoEntries() {
        assertThat(new KnownHostsFile(dir.resolve("none")).entriesFor("x")).isEmpty();
    }
}
