package io.patchbay.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.patchbay.testsupport.Shared;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code patchbay topology} as scripts use it: formats, names, exit codes (docs/CLI.md). */
class TopologyCommandTest {
    record Run(int code, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = PatchbayCommand.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int code = cl.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    private static String seed(String f) {
        return Shared.seed(f).toString();
    }

    @Test
    void seedAsJsonFollowsTheContract() throws Exception {
        Run r = run("topology", "--capture", seed("rhev-host-01.ip-addr-show.txt"), seed("rhev-host-01.brctl-show.txt"),
                "--format", "json");
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode host = new ObjectMapper().readTree(r.out()).get("hosts").get(0);
        assertThat(host.get("name").asText()).isEqualTo("rhev-host-01");
        assertThat(host.get("sources").get(0).asText()).isEqualTo("capture");
        JsonNode eth0 = null;
        JsonNode br = null;
        for (JsonNode d : host.get("devices")) {
            if (d.get("name").asText().equals("eth0")) {
                eth0 = d;
            }
            if (d.get("name").asText().equals("ovirtmgmt")) {
                br = d;
            }
        }
        assertThat(eth0.get("kind").asText()).isEqualTo("nic");
        assertThat(eth0.get("mac").asText()).isEqualTo("00:21:86:a2:85:cd");
        assertThat(eth0.get("mtu").asInt()).isEqualTo(1500);
        assertThat(eth0.get("state").asText()).isEqualTo("up");
        assertThat(eth0.get("carrier").asBoolean()).isTrue();
        assertThat(eth0.get("master").asText()).isEqualTo("ovirtmgmt");
        assertThat(br.get("stp").asBoolean()).isFalse();
        assertThat(br.get("ports")).hasSize(4);
        assertThat(host.get("links").toString()).contains("{\"from\":\"eth0\",\"to\":\"ovirtmgmt\",\"kind\":\"port\"}");
    }

    @Test
    void nameOptionNamesTheHostsThatFollow() throws Exception {
        Run r = run("topology", "--name", "alpha", "--capture", seed("rhev-host-01.ip-addr-show.txt"),
                "--name", "beta", "--capture", seed("rhev-host-01.brctl-show.txt"), "--format", "json");
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode hosts = new ObjectMapper().readTree(r.out()).get("hosts");
        assertThat(hosts).hasSize(2);
        assertThat(hosts.get(0).get("name").asText()).isEqualTo("alpha");
        assertThat(hosts.get(1).get("name").asText()).isEqualTo("beta");
        assertThat(hosts.get(1).get("devices")).hasSize(5);
    }

    @Test
    void textAndDotFormats() {
        Run text = run("topology", "--capture", seed("rhev-host-01.ip-addr-show.txt"), seed("rhev-host-01.brctl-show.txt"));
        assertThat(text.code()).isZero();
        assertThat(text.out()).contains("rhev-host-01  (capture)").containsPattern("ovirtmgmt +bridge")
                .contains("10.64.32.134/23");
        Run dot = run("topology", "--capture", seed("rhev-host-01.brctl-show.txt"), "--format", "dot");
        assertThat(dot.code()).isZero();
        assertThat(dot.out()).startsWith("digraph patchbay {")
                .contains("\"rhev-host-01/eth0\" -> \"rhev-host-01/ovirtmgmt\" [label=\"port\"]").endsWith("}\n");
    }

    @Test
    void outputFile(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("t.json");
        Run r = run("topology", "--capture", seed("rhev-host-01.brctl-show.txt"), "--format", "json", "--output", out.toString());
        assertThat(r.code()).isZero();
        assertThat(r.out()).isEmpty();
        assertThat(new ObjectMapper().readTree(out.toFile()).get("hosts")).hasSize(1);
    }

    @Test
    void badUsageIsExitTwoWithOneClearSentence(@TempDir Path dir) throws Exception {
        assertThat(run("topology").code()).isEqualTo(2);
        Run fmt = run("topology", "--local", "--format", "yaml");
        assertThat(fmt.code()).isEqualTo(2);
        assertThat(fmt.err()).contains("unknown --format 'yaml'");
        Path junk = Files.writeString(dir.resolve("junk.txt"), "hello world\nthis is not a capture\n");
        Run j = run("topology", "--capture", junk.toString(), "--format", "json");
        assertThat(j.code()).isEqualTo(2);
        assertThat(j.err()).contains("junk.txt");
        JsonNode error = new ObjectMapper().readTree(j.out()).get("error");
        assertThat(error.get("code").asInt()).isEqualTo(2);
        assertThat(error.get("message").asText()).isNotBlank();
        Run missing = run("topology", "--capture", dir.resolve("nope.txt").toString());
        assertThat(missing.code()).isEqualTo(2);
        assertThat(missing.err()).contains("nope.txt");
        assertThat(run("topology", "--bogus").code()).isEqualTo(2);
    }

    @Test
    void localAsJson() throws Exception {
        Run r = run("topology", "--local", "--name", "workstation", "--local", "--format", "json");
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode hosts = new ObjectMapper().readTree(r.out()).get("hosts");
        assertThat(hosts).hasSize(2);
        assertThat(hosts.get(1).get("name").asText()).isEqualTo("workstation");
        assertThat(hosts.get(0).get("devices").toString()).contains("\"name\":\"lo\"", "\"kind\":\"loopback\"");
    }

    @Test
    void svgAndPngOfTheSeed(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        Run svg = run("topology", "--capture", seed("rhev-host-01.ip-addr-show.txt"), seed("rhev-host-01.brctl-show.txt"),
                "--format", "svg");
        assertThat(svg.code()).as(svg.err()).isZero();
        var f = javax.xml.parsers.DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        var doc = f.newDocumentBuilder().parse(new org.xml.sax.InputSource(new java.io.StringReader(svg.out())));
        assertThat(doc.getDocumentElement().getTagName()).isEqualTo("svg");
        assertThat(svg.out()).contains(">ovirtmgmt<", ">vnet002<");

        java.nio.file.Path png = dir.resolve("seed.png");
        Run p = run("topology", "--capture", seed("rhev-host-01.ip-addr-show.txt"), seed("rhev-host-01.brctl-show.txt"),
                "--format", "png", "--output", png.toString());
        assertThat(p.code()).as(p.err()).isZero();
        java.awt.image.BufferedImage img = javax.imageio.ImageIO.read(png.toFile());
        assertThat(img.getWidth()).isGreaterThan(500);
        assertThat(img.getHeight()).isGreaterThan(200);
    }

    @Test
    void pngWithoutOutputIsBadUsage() {
        Run p = run("topology", "--capture", seed("rhev-host-01.ip-addr-show.txt"), "--format", "png");
        assertThat(p.code()).isEqualTo(2);
        assertThat(p.err()).contains("--output");
        assertThat(p.out()).isEmpty();
    }
}
