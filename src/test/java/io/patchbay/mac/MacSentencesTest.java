package io.patchbay.mac;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.patchbay.core.PatchbayException;
import io.patchbay.core.PatchbayException.Reason;
import io.patchbay.core.Sentence;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The failures of MAC addresses, ranges, pools and pool files are keyed sentences (the console says them in its
 * own words), with the command line's English unchanged and the variable parts as arguments.
 */
class MacSentencesTest {
    @Test
    void aMacAVnicCannotCarryNamesWhyAsANestedSentence() {
        PatchbayException e = catchThrowableOfType(() -> MacAddress.parseAssignable("01:00:5e:00:00:01"),
                PatchbayException.class);
        assertThat(e.reason()).isEqualTo(Reason.BAD_INPUT);
        assertThat(e.sentence().key()).isEqualTo("mac.notAssignable");
        assertThat(e.sentence().args()).containsExactly(new MacAddress(0x01005e000001L),
                Sentence.of("mac.why.MULTICAST"));
        assertThat(e.getMessage()).isEqualTo("MAC 01:00:5e:00:00:01 is a multicast address (the lowest bit of the"
                + " first octet is set); a vNIC needs a unicast one");

        PatchbayException reserved = catchThrowableOfType(() -> MacAddress.parseReservable("fe:54:00:12:34:56"),
                PatchbayException.class);
        assertThat(reserved.sentence().key()).isEqualTo("mac.reservedNotAssignable");
        assertThat(reserved.getMessage()).startsWith("reserved MAC fe:54:00:12:34:56 starts with fe:");
    }

    @Test
    void anExhaustedPoolSaysSoWithItsFigures() throws PatchbayException {
        MacPool p = new MacPool("p", List.of(MacRange.parse("02:00:00:00:00:00-02:00:00:00:00:01")), false);
        PatchbayException one = catchThrowableOfType(() -> new MacPool("q", List.of(), false), PatchbayException.class);
        assertThat(one.sentence().key()).isEqualTo("mac.pool.needsRange");
        PatchbayException e = catchThrowableOfType(() -> p.allocate(3, MacUsage.NONE), PatchbayException.class);
        assertThat(e.reason()).isEqualTo(Reason.POOL_EXHAUSTED);
        assertThat(e.sentence().key()).isEqualTo("mac.pool.exhausted");
        assertThat(e.sentence().args()).containsExactly("p", 3, 2L, 2L);
        PatchbayException single = catchThrowableOfType(() -> {
            p.allocate(2, MacUsage.NONE);
            p.allocate(1, MacUsage.NONE);
        }, PatchbayException.class);
        assertThat(single.sentence().key()).isEqualTo("mac.pool.exhaustedOne");
        assertThat(single.getMessage()).isEqualTo("pool p is exhausted: 1 MAC asked for, 0 free of 2");
    }

    @Test
    void aDamagedPoolFileNamesThePoolAndWhatIsWrongInKeyedSentences() {
        String json = "{\"version\":1,\"pools\":[{\"name\":\"lab\",\"ranges\":[\"02:00:00:00:00:00-02:00:00:00:00:0f\"],"
                + "\"allocations\":[\"nonsense\"]}]}";
        PatchbayException e = catchThrowableOfType(
                () -> MacPoolJson.read(json.getBytes(StandardCharsets.UTF_8), "/tmp/pools.json"), PatchbayException.class);
        assertThat(e.reason()).isEqualTo(Reason.OTHER);
        assertThat(e.sentence()).isEqualTo(Sentence.of("mac.file.damaged", "/tmp/pools.json",
                Sentence.of("mac.file.inPool", "lab", Sentence.of("mac.file.notMac", "allocations", "nonsense"))));
        assertThat(e.getMessage()).isEqualTo("the MAC pool file /tmp/pools.json is damaged: pool lab: \"allocations\""
                + " holds 'nonsense', which is not a MAC");
    }
}
