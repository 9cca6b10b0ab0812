package io.patchbay.xml;

import static org.assertj.core.api.Assertions.assertThat;

import io.patchbay.ops.DeviceXml;
import io.patchbay.ops.VlanRequest;
import org.junit.jupiter.api.Test;

class PrettyXmlTest {
    @Test
    void oneElementALineIndentedByTwo() {
        String xml = DeviceXml.newInterface("52:54:00:de:0c:01", "bridge", "pbbr1", "virtio", true,
                VlanRequest.NONE, null);
        assertThat(PrettyXml.of(xml)).isEqualTo("""
                <interface type="bridge">
                  <mac address="52:54:00:de:0c:01"/>
                  <source bridge="pbbr1"/>
                  <virtualport type="openvswitch"/>
                  <model type="virtio"/>
                </interface>""");
    }

    @Test
    void alreadyIndentedXmlGetsNoBlankLinesAndTextIsKept() {
        String xml = "<interface type='bridge'>\n    <mac address='52:54:00:de:0c:01'/>\n\n"
                + "    <alias name='net0'/><description>a &amp; b</description>\n</interface>";
        assertThat(PrettyXml.of(xml)).isEqualTo("""
                <interface type="bridge">
                  <mac address="52:54:00:de:0c:01"/>
                  <alias name="net0"/>
                  <description>a &amp; b</description>
                </interface>""");
    }

    @Test
    void textThatIsNotXmlIsShownAsItIs() {
        assertThat(PrettyXml.of("  <interface><mac ")).isEqualTo("<interface><mac");
        assertThat(PrettyXml.of(null)).isNull();
        assertThat(PrettyXml.of("<!DOCTYPE x [<!ENTITY e SYSTEM 'file:///etc/passwd'>]><x>&e;</x>"))
                .doesNotContain("root:");
    }
}
