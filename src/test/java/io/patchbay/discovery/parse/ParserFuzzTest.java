package io.patchbay.discovery.parse;

import static io.patchbay.testsupport.FuzzProperty.holds;
import static io.patchbay.testsupport.FuzzProperty.text;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.patchbay.discovery.TopologyMerger;
import java.util.List;
import org.junit.jupiter.api.Timeout;

/**
 * Fuzzes each parser of host output: it reads the text into a value, which merges into a host,
 * or says in a {@link ParseException} what is wrong. The regression corpus (seeded from real
 * outputs) is under src/test/resources/io/patchbay/discovery/parse/ParserFuzzTestInputs/; see
 * docs/FUZZING.md for long runs. The JUnit timeout is also Jazzer's per-input hang limit.
 */
class ParserFuzzTest {
    private static final String ORIGIN = "fuzz";

    private static void parseAndMerge(OutputParser parser, byte[] data) {
        holds(() -> {
            Observation obs = parser.parse(text(data), ORIGIN);
            return TopologyMerger.merge("fuzz-host", List.of("capture"), List.of(obs));
        });
    }

    @FuzzTest
    @Timeout(10)
    void ipJson(byte[] data) {
        parseAndMerge(new IpJsonParser(), data);
    }

    @FuzzTest
    @Timeout(10)
    void bridgeJson(byte[] data) {
        parseAndMerge(new BridgeJsonParser(), data);
    }

    @FuzzTest
    @Timeout(10)
    void ipText(byte[] data) {
        parseAndMerge(new IpTextParser(), data);
    }

    @FuzzTest
    @Timeout(10)
    void brctlShow(byte[] data) {
        parseAndMerge(new BrctlShowParser(), data);
    }

    @FuzzTest
    @Timeout(10)
    void bonding(byte[] data) {
        parseAndMerge(new BondingParser("bond0"), data);
    }

    @FuzzTest
    @Timeout(10)
    void virshList(byte[] data) {
        parseAndMerge(new VirshListParser(), data);
    }

    @FuzzTest
    @Timeout(10)
    void domainXml(byte[] data) {
        parseAndMerge(new DomainXmlParser(), data);
    }

    @FuzzTest
    @Timeout(10)
    void hostname(byte[] data) {
        parseAndMerge(new HostnameParser(), data);
    }

    @FuzzTest
    @Timeout(10)
    void ovsDbJson(byte[] data) {
        parseAndMerge(new OvsDbJsonParser(), data);
    }

    @FuzzTest
    @Timeout(10)
    void ovsShow(byte[] data) {
        parseAndMerge(new OvsShowParser(), data);
    }

    @FuzzTest
    @Timeout(10)
    void ovsBondShow(byte[] data) {
        parseAndMerge(new OvsBondShowParser(), data);
    }
}
