package io.patchbay.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.patchbay.ops.Journal;
import io.patchbay.ops.JournalEntry;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code patchbay journal}: an undo says what it took back; lines written before undos were typed read as before. */
class JournalCommandTest {
    @TempDir
    Path home;

    private String journal(String... args) {
        CommandLine cl = PatchbayCommand.commandLine();
        StringWriter out = new StringWriter();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(new StringWriter()));
        List<String> all = new java.util.ArrayList<>(List.of("--home", home.toString(), "journal"));
        all.addAll(List.of(args));
        assertThat(cl.execute(all.toArray(String[]::new))).isZero();
        return out.toString();
    }

    private static JournalEntry move(String planId, String to, String undoOf) {
        return new JournalEntry("2026-12-08T01:00:0" + planId.length() + "Z", planId, "lab", "qemu:///system", "pbguest2",
                "move", "52:54:00:de:0c:02", "VM pbguest2 vNIC 52:54:00:de:0c:02 moves to bridge " + to, "VERIFIED",
                "verified", "<interface type=\"bridge\"/>", List.of(), undoOf);
    }

    @Test
    void anUndoNamesTheKindAndPlanItTookBackAndOldLinesStayAsTheyWere() throws Exception {
        String old = "{\"when\":\"2026-12-01T10:00:00Z\",\"planId\":\"p0\",\"host\":\"lab\",\"uri\":\"qemu:///system\","
                + "\"vm\":\"pbguest1\",\"kind\":\"add\",\"mac\":\"52:54:00:de:0c:01\",\"what\":\"VM pbguest1 gets a new"
                + " vNIC\",\"result\":\"VERIFIED\",\"message\":\"ok\",\"xml\":\"<interface/>\",\"steps\":[]}\n";
        Files.createDirectories(home);
        Files.writeString(home.resolve(Journal.FILE), old, StandardCharsets.UTF_8);
        Journal j = new Journal(home);
        j.append(move("p1", "pbbr1", null));
        j.append(move("p2x", "pbbr0", "p1"));
        List<String> lines = journal().lines().toList();
        assertThat(lines).containsExactly(
                "2026-12-01T10:00:00Z  lab  pbguest1  add 52:54:00:de:0c:01  VERIFIED  VM pbguest1 gets a new vNIC",
                "2026-12-08T01:00:02Z  lab  pbguest2  move 52:54:00:de:0c:02  VERIFIED  VM pbguest2 vNIC"
                        + " 52:54:00:de:0c:02 moves to bridge pbbr1",
                "2026-12-08T01:00:03Z  lab  pbguest2  move 52:54:00:de:0c:02  VERIFIED  VM pbguest2 vNIC"
                        + " 52:54:00:de:0c:02 moves to bridge pbbr0  (undo of move p1)");
        String json = journal("--format", "json");
        assertThat(json).contains("\"undoOf\" : \"p1\"").doesNotContain("\"undo\" :");
        assertThat(json.split("undoOf", -1)).hasSize(2);
        assertThat(j.read().entries()).extracting(JournalEntry::undoOf).containsExactly(null, null, "p1");
        assertThat(j.read().entries().get(2).undone(j.read().entries()).planId()).isEqualTo("p1");
    }
}
