package io.patchbay.mac;

import static io.patchbay.testsupport.FuzzProperty.holds;
import static io.patchbay.testsupport.FuzzProperty.text;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.patchbay.model.MacAddresses;
import org.junit.jupiter.api.Timeout;

/** Fuzzes MAC address and MAC range parsing; see docs/FUZZING.md. */
class MacFuzzTest {
    @FuzzTest
    @Timeout(10)
    void macAddress(byte[] data) {
        String s = text(data);
        holds(() -> MacAddress.parse(s));
        holds(() -> MacAddress.parseAssignable(s));
        // the pool's parser and the model's check agree on what a MAC is
        boolean parsed = MacAddress.parseBits(s) >= 0;
        if (parsed != MacAddresses.isMac(s)) {
            throw new AssertionError("MacAddress and MacAddresses disagree on '" + s + "'");
        }
        if (parsed && !MacAddress.format(MacAddress.parseBits(s)).equals(MacAddresses.normalize(s))) {
            throw new AssertionError("'" + s + "' does not read back as itself");
        }
    }

    @FuzzTest
    @Timeout(10)
    void macRange(byte[] data) {
        holds(() -> MacRange.parse(text(data)));
    }
}
