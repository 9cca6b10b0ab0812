package io.patchbay.discovery.ssh;

import static io.patchbay.testsupport.FuzzProperty.holds;
import static io.patchbay.testsupport.FuzzProperty.text;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.junit.jupiter.api.Timeout;

/** Fuzzes the parsing of {@code [user@]host[:port]} targets; see docs/FUZZING.md. */
class SshTargetFuzzTest {
    @FuzzTest
    @Timeout(10)
    void parse(byte[] data) {
        holds(() -> {
            SshTarget t = SshTarget.parse(text(data));
            return t.toString();
        });
    }
}
