package io.patchbay.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code patchbay mac ...}: output, exit codes and one clear sentence per error (docs/CLI.md). */
class MacCommandTest {
    @TempDir
    Path home;

    record Run(int code, String out, String err) {
    }

    Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = PatchbayCommand.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        List<String> all = new ArrayList<>(List.of("--home", home.toString()));
        all.addAll(List.of(args));
        return new Run(cl.execute(all.toArray(String[]::new)), out.toString(), err.toString());
    }

    @Test
    void badRangesAreExitTwoWithTheReason() {
        Run multicast = run("mac", "pool", "add", "m", "--range", "01:00:5e:00:00:00-01:00:5e:00:00:ff");
        assertThat(multicast.code()).isEqualTo(2);
        assertThat(multicast.err()).startsWith("patchbay: range 01:00:5e:00:00:00-01:00:5e:00:00:ff: its start")
                .contains("multicast").hasLineCount(1);
        Run reversed = run("mac", "pool", "add", "r", "--range", "02:00:00:00:00:ff-02:00:00:00:00:00");
        assertThat(reversed.code()).isEqualTo(2);
        assertThat(reversed.err()).isEqualTo("patchbay: range 02:00:00:00:00:ff-02:00:00:00:00:00 is reversed: its start comes after its end\n");
        Run malformed = run("mac", "pool", "add", "x", "--range", "02:00:00:00:00-02:00:00:00:00:ff");
        assertThat(malformed.code()).isEqualTo(2);
        assertThat(malformed.err()).contains("'02:00:00:00:00' is not a MAC address");
        Run badName = run("mac", "pool", "add", "a b", "--range", "02:00:00:00:00:00-02:00:00:00:00:ff");
        assertThat(badName.code()).isEqualTo(2);
        assertThat(badName.err()).contains("pool name 'a b' is not valid");
        assertThat(run("mac", "pool", "list").out()).isEmpty();
    }

    @Test
    void allocateUntilExhaustedThenReleaseAndAgain() throws Exception {
        assertThat(run("mac", "pool", "add", "tiny", "--range", "02:00:00:00:00:00-02:00:00:00:00:0b").code()).isZero();
        Run first = run("mac", "allocate", "--pool", "tiny", "--count", "2");
        assertThat(first.code()).isZero();
        assertThat(first.out()).isEqualTo("02:00:00:00:00:00\n02:00:00:00:00:01\n");
        assertThat(first.err()).isEqualTo("patchbay: warning: pool tiny has only 10 free MACs left\n");
        Run json = run("mac", "allocate", "--pool", "tiny", "--count", "10", "--format", "json");
        JsonNode j = new ObjectMapper().readTree(json.out());
        assertThat(j.get("macs")).hasSize(10);
        assertThat(j.get("remaining").asInt()).isZero();
        Run exhausted = run("mac", "allocate", "--pool", "tiny", "--format", "json");
        assertThat(exhausted.code()).isEqualTo(4);
        assertThat(exhausted.err()).isEqualTo("patchbay: pool tiny is exhausted: 1 MAC asked for, 0 free of 12\n");
        assertThat(new ObjectMapper().readTree(exhausted.out()).get("error").get("code").asInt()).isEqualTo(4);
        Run notHeld = run("mac", "release", "--pool", "tiny", "02:00:00:00:00:03", "52:54:00:00:00:01");
        assertThat(notHeld.code()).isEqualTo(3);
        assertThat(notHeld.err()).contains("52:54:00:00:00:01 is not allocated in pool tiny; nothing was released");
        assertThat(run("mac", "release", "--pool", "tiny", "02:00:00:00:00:03").code()).isZero();
        assertThat(run("mac", "allocate", "--pool", "tiny").out()).isEqualTo("02:00:00:00:00:03\n");
        Run unknown = run("mac", "allocate", "--pool", "nope");
        assertThat(unknown.code()).isEqualTo(3);
        assertThat(unknown.err()).isEqualTo("patchbay: there is no MAC pool named nope (pools: tiny)\n");
        JsonNode list = new ObjectMapper().readTree(run("mac", "pool", "list", "--format", "json").out());
        assertThat(list.get("pools").get(0).get("allocated").asInt()).isEqualTo(12);
        assertThat(list.get("pools").get(0).get("free").asInt()).isZero();
    }

    @Test
    void claimsAndTheDefaultPool() {
        Run d = run("mac", "allocate");
        assertThat(d.code()).isZero();
        assertThat(run("mac", "pool", "list").out()).startsWith("default  ").contains("size 65536  allocated 1");
        Run claim = run("mac", "claim", "52:54:00:aa:bb:cc");
        assertThat(claim.out()).isEqualTo("52:54:00:aa:bb:cc external\n");
        Run again = run("mac", "claim", "52:54:00:aa:bb:cc");
        assertThat(again.code()).isEqualTo(4);
        assertThat(again.err()).contains("already allocated in pool default; nothing was recorded");
        Run tap = run("mac", "claim", "fe:54:00:aa:bb:cc");
        assertThat(tap.code()).isEqualTo(2);
    }
}
