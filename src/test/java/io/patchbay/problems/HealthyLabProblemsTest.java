package io.patchbay.problems;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.patchbay.cli.PatchbayCommand;
import io.patchbay.testsupport.Lab;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The healthy lab shows no problem: its namespace hosts read over SSH, and this machine read
 * locally with the lab's libvirtd (real guests on pbbr0/pbbr1), through the command line's JSON.
 */
@Tag("lab")
class HealthyLabProblemsTest {
    @TempDir
    Path home;

    private JsonNode topology(String... args) throws Exception {
        List<String> all = new ArrayList<>(List.of("topology", "--format", "json", "--home", home.toString()));
        all.addAll(List.of(args));
        CommandLine cl = PatchbayCommand.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int code = cl.execute(all.toArray(String[]::new));
        assertThat(code).as("exit code; stderr: " + err).isZero();
        return new ObjectMapper().readTree(out.toString());
    }

    @Test
    void theNamespaceHostsOverSshHaveNoProblem() throws Exception {
        Lab lab = Lab.load();
        List<String> args = new ArrayList<>(List.of("--ssh-config", lab.sshConfig().toString(),
                "--known-hosts", lab.knownHosts().toString()));
        for (String h : lab.hosts()) {
            args.add("--ssh");
            args.add(h);
        }
        JsonNode hosts = topology(args.toArray(String[]::new)).get("hosts");
        assertThat(hosts).hasSize(lab.hosts().size());
        for (JsonNode h : hosts) {
            assertThat(h.get("devices").size()).as("devices read").isGreaterThan(5);
            assertThat(h.get("problems")).as(h.get("name").asText()).isEmpty();
        }
    }

    @Test
    void thisMachineWithTheLabGuestsHasNoProblem() throws Exception {
        Lab lab = Lab.load();
        JsonNode h = topology("--name", "lab", "--local", "--libvirt", lab.libvirtUri()).get("hosts").get(0);
        List<String> vms = new ArrayList<>();
        h.get("vms").forEach(vm -> vms.add(vm.get("name").asText()));
        assertThat(vms).containsAll(lab.guests()).contains(lab.dhcpGuest());
        assertThat(h.get("problems")).isEmpty();
    }
}
