package io.patchbay.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** {@code patchbay topology --libvirt} without the lab: test:///default, bad URIs, libvirt missing. */
class TopologyLibvirtTest {
    @Test
    void readsTheTestDriverAsJson() throws Exception {
        TopologyCommandTest.Run r = TopologyCommandTest.run("topology", "--name", "t", "--libvirt", "test:///default",
                "--format", "json");
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode host = new ObjectMapper().readTree(r.out()).get("hosts").get(0);
        assertThat(host.get("name").asText()).isEqualTo("t");
        assertThat(host.get("sources").get(0).asText()).isEqualTo("libvirt");
        JsonNode vm = host.get("vms").get(0);
        assertThat(vm.get("name").asText()).isEqualTo("test");
        assertThat(vm.get("state").asText()).isEqualTo("running");
    }

    @Test
    void badUrisExitWith2AndUnknownHostsWith5() throws Exception {
        TopologyCommandTest.Run bad = TopologyCommandTest.run("topology", "--libvirt", "qemu+ftp://h/system", "--format", "json");
        assertThat(bad.code()).isEqualTo(2);
        assertThat(bad.err()).contains("unknown transport 'ftp'");
        assertThat(new ObjectMapper().readTree(bad.out()).get("error").get("code").asInt()).isEqualTo(2);
        TopologyCommandTest.Run far = TopologyCommandTest.run("topology", "--libvirt", "qemu+tcp://no-such-host.invalid/system");
        assertThat(far.code()).isEqualTo(5);
        assertThat(far.err()).contains("libvirt at qemu+tcp://no-such-host.invalid/system: connecting failed");
        assertThat(far.err().lines().filter(l -> !l.isBlank()).count()).as("one sentence, no libvirt noise: " + far.err()).isEqualTo(1);
    }

    @Test
    void twoLibvirtSourcesForOneHostAreBadUsage() {
        TopologyCommandTest.Run r = TopologyCommandTest.run("topology", "--name", "h", "--libvirt", "test:///default",
                "--libvirt", "test:///default");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("only one --libvirt per host");
    }

    /**
     * A JVM where JNA cannot find libvirt.so.0 (what a machine without libvirt0 looks like):
     * --libvirt fails with one sentence naming the package, and the CLI still works otherwise.
     */
    @Test
    void withoutLibvirtsLibraryItSaysWhatToInstall() throws Exception {
        Result missing = runJvm("topology", "--libvirt", "test:///default");
        assertThat(missing.code).as(missing.err).isEqualTo(1);
        assertThat(missing.err).contains("apt-get install libvirt0").doesNotContain("Exception in thread");
        Result help = runJvm("topology", "--help");
        assertThat(help.code).isZero();
    }

    private record Result(int code, String err) {
    }

    private static Result runJvm(String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(
                System.getProperty("java.home") + File.separator + "bin" + File.separator + "java",
                "-Djna.library.path=/nonexistent-patchbay", "-Djna.platform.library.path=/nonexistent-patchbay",
                "-cp", System.getProperty("java.class.path"), "io.patchbay.Main"));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("the child JVM did not finish in 60 s: " + cmd);
        }
        return new Result(p.exitValue(), err);
    }
}
