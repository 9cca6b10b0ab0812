package io.patchbay.mac;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.patchbay.core.PatchbayException;
import io.patchbay.core.PatchbayException.Reason;
import org.junit.jupiter.api.Test;

/** Parsing, formatting and the checks a vNIC's MAC must pass; ranges and their errors. */
class MacAddressTest {
    @Test
    void parsesAndFormatsBothCases() throws Exception {
        MacAddress m = MacAddress.parse("52:54:00:AB:cd:0F");
        assertThat(m.value()).isEqualTo(0x525400abcd0fL);
        assertThat(m).hasToString("52:54:00:ab:cd:0f");
        assertThat(MacAddress.format(MacAddress.MAX)).isEqualTo("ff:ff:ff:ff:ff:ff");
        assertThat(MacAddress.format(0)).isEqualTo("00:00:00:00:00:00");
    }

    @Test
    void malformedTextIsBadInputNamingIt() {
        for (String bad : new String[] {"", "52:54:00:ab:cd", "52-54-00-ab-cd-0f", "52:54:00:ab:cd:0g", "52:54:00:ab:cd:0f:00",
                "525400abcd0f", " 52:54:00:ab:cd:0f"}) {
            assertThatThrownBy(() -> MacAddress.parse(bad)).isInstanceOf(PatchbayException.class)
                    .hasMessageContaining("'" + bad + "' is not a MAC address")
                    .extracting(e -> ((PatchbayException) e).reason()).isEqualTo(Reason.BAD_INPUT);
        }
    }

    /** Found while fuzzing (docs/FUZZING.md): Character.digit also reads full-width and other Unicode digits. */
    @Test
    void onlyAsciiHexDigitsMakeAMac() {
        for (String bad : new String[] {"\uFF152:54:00:12:34:56", "52:54:00:12:34:\uFF21\uFF22", "52:54:00:12:34:\u0663\u0664"}) {
            assertThat(MacAddress.parseBits(bad)).isEqualTo(-1);
            assertThatThrownBy(() -> MacAddress.parse(bad)).isInstanceOf(PatchbayException.class)
                    .hasMessageContaining("is not a MAC address");
        }
        assertThatThrownBy(() -> MacRange.parse("52:54:00:00:00:00-52:54:00:00:00:\uFF110"))
                .isInstanceOf(PatchbayException.class).hasMessageContaining("is not a MAC address");
    }

    @Test
    void onlyUnicastNonZeroNonTapMacsAreAssignable() {
        assertThatThrownBy(() -> MacAddress.parseAssignable("01:00:5e:00:00:01")).hasMessageContaining("multicast");
        assertThatThrownBy(() -> MacAddress.parseAssignable("00:00:00:00:00:00")).hasMessageContaining("all-zero");
        assertThatThrownBy(() -> MacAddress.parseAssignable("ff:ff:ff:ff:ff:ff")).hasMessageContaining("broadcast");
        assertThatThrownBy(() -> MacAddress.parseAssignable("fe:54:00:12:34:56")).hasMessageContaining("fe:");
        assertThat(new MacAddress(0x525400123456L).whyNotAssignable()).isNull();
        assertThat(new MacAddress(0x020000000001L).isLocallyAdministered()).isTrue();
    }

    @Test
    void rangesAreCheckedAndSized() throws Exception {
        MacRange r = MacRange.parse("02:00:00:00:00:00-02:00:00:ff:ff:ff");
        assertThat(r.size()).isEqualTo(1 << 24);
        assertThat(r.contains(0x020000abcdefL)).isTrue();
        assertThat(r.contains(0x020001000000L)).isFalse();
        assertThatThrownBy(() -> MacRange.parse("02:00:00:00:00:10-02:00:00:00:00:01")).hasMessageContaining("is reversed")
                .extracting(e -> ((PatchbayException) e).reason()).isEqualTo(Reason.BAD_INPUT);
        assertThatThrownBy(() -> MacRange.parse("01:00:00:00:00:00-01:00:00:00:00:ff")).hasMessageContaining("multicast");
        assertThatThrownBy(() -> MacRange.parse("00:00:00:00:00:00-00:00:00:00:00:ff")).hasMessageContaining("all-zero");
        assertThatThrownBy(() -> MacRange.parse("02:00:00:00:00:00-04:00:00:00:00:00")).hasMessageContaining("spans first octets");
        assertThatThrownBy(() -> MacRange.parse("fe:00:00:00:00:00-fe:00:00:00:00:ff")).hasMessageContaining("fe:");
        assertThatThrownBy(() -> MacRange.parse("02:00:00:00:00:00")).hasMessageContaining("is not FROM-TO");
    }
}
