package io.patchbay.discovery;

import io.patchbay.core.PatchbayException;
import static io.patchbay.testsupport.FuzzProperty.holds;
import static io.patchbay.testsupport.FuzzProperty.text;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.junit.jupiter.api.Timeout;

/**
 * Fuzzes the framed output of the collection script as a host would return it: a host or a
 * {@link PatchbayException} naming what is wrong. Corpus: CollectionFuzzTestInputs/ beside
 * this package in src/test/resources; see docs/FUZZING.md.
 */
class CollectionFuzzTest {
    @FuzzTest
    @Timeout(10)
    void framedOutput(byte[] data) {
        holds(() -> Collection.toTopology(text(data), null, "ssh", "ssh fuzz"));
    }
}
