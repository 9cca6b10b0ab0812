package io.patchbay.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.patchbay.cli.PatchbayCommand;
import io.patchbay.mac.MacPool;
import io.patchbay.mac.MacPoolStore;
import io.patchbay.mac.MacRange;
import io.patchbay.newvm.DomainXml;
import io.patchbay.newvm.NewVmPlan;
import io.patchbay.testsupport.Lab;
import io.patchbay.ui.newvm.NewVmDialog;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.w3c.dom.Element;

/**
 * VM > New VM in the console against the lab's libvirtd: for pbtemplate1 the preview shows the
 * same vNIC order and MACs as {@code patchbay vm from-template --dry-run}, and Create defines a
 * real domain whose persistent XML carries those MACs in that order. The domain is undefined after.
 */
@Tag("lab")
@ExtendWith(ApplicationExtension.class)
class NewVmDialogLabTest {
    private static final Lab LAB = Lab.load();
    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final String TEMPLATE = "pbtemplate1";
    private static final String NEW = "pbdlg-new1";
    private static final String POOL = "dlgtest";
    @TempDir
    Path home;
    private ConsoleFixture app;

    @Start
    void start(Stage stage) {
        app = new ConsoleFixture();
        app.start(stage);
    }

    @AfterEach
    void undefine() {
        try {
            Lab.runCommand(Duration.ofSeconds(30), "virsh", "-c", LAB.libvirtUri(), "undefine", NEW);
        } catch (RuntimeException notDefined) {
            // the test failed before Create: nothing to undefine
        }
    }

    @Test
    void thePreviewMatchesTheCliDryRunAndCreateDefinesThoseMacsInThatOrder(FxRobot robot) throws Exception {
        new MacPoolStore(home).update((pools, r) -> {
            pools.add(new MacPool(POOL, List.of(MacRange.parse("52:54:00:d1:30:00-52:54:00:d1:30:ff")), false));
            return null;
        });
        app.addLabLibvirtHost(robot, home, LAB.libvirtUri(), WAIT);
        ConsoleFixture.openFromMenu(robot, "newVmMenu", NewVmDialog.DIALOG_ID);
        ChoiceBox<String> template = robot.lookup("#newVmTemplate").query();
        ChoiceBox<String> pool = robot.lookup("#newVmPool").query();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> pool.getItems().contains(POOL));
        robot.interact(() -> {
            template.setValue(TEMPLATE);
            pool.setValue(POOL);
        });
        Node create = robot.lookup("#" + NewVmDialog.CREATE_ID).query();
        assertThat(create.isDisabled()).isTrue();
        robot.clickOn("#newVmName").write(NEW);
        robot.clickOn("#" + NewVmDialog.PREVIEW_ID);
        WaitForAsyncUtils.waitFor(WAIT.toSeconds(), TimeUnit.SECONDS, () -> !create.isDisabled());
        TableView<NewVmPlan.PlannedVnic> table = robot.lookup("#newVmVnics").query();
        List<String> shown = table.getItems().stream().map(v -> v.pci() + " " + v.source() + " " + v.newMac()).toList();
        assertThat(shown).hasSize(2);
        assertThat(((Label) robot.lookup("#newVmRule").query()).getText()).isEqualTo(NEW + " gets its MACs in the PCI-address order of " + TEMPLATE + ":");

        // the CLI's dry run over the same console home and pool: the same order, the same MACs
        JsonNode dry = new ObjectMapper().readTree(cli("vm", "from-template", "--libvirt", LAB.libvirtUri(), "--template",
                TEMPLATE, "--name", NEW, "--pool", POOL, "--dry-run", "--format", "json"));
        List<String> cli = new ArrayList<>();
        dry.get("vnics").forEach(v -> cli.add(v.get("pci").asText() + " " + v.get("source").asText() + " " + v.get("mac").asText()));
        assertThat(shown).isEqualTo(cli);

        robot.clickOn(create);
        Label status = robot.lookup("#newVmStatus").query();
        WaitForAsyncUtils.waitFor(WAIT.toSeconds(), TimeUnit.SECONDS, () -> status.getText().endsWith("is defined on lab."));
        assertThat(status.getText()).isEqualTo(NEW + " is defined on lab.");

        // the real domain: its interfaces in document order carry the previewed MACs on the same PCI slots
        Element domain = DomainXml.parse(String.join("\n", Lab.runCommand(Duration.ofSeconds(30), "virsh", "-c",
                LAB.libvirtUri(), "dumpxml", "--inactive", NEW)), NEW).getDocumentElement();
        List<String> defined = new ArrayList<>();
        for (Element i : DomainXml.interfaces(domain)) {
            Element a = DomainXml.child(i, "address");
            defined.add(String.format("0000:%02x:%02x.%x", Integer.decode(a.getAttribute("bus")), Integer.decode(a.getAttribute("slot")),
                    Integer.decode(a.getAttribute("function"))) + " " + DomainXml.child(i, "source").getAttribute("bridge")
                    + " " + DomainXml.mac(i));
        }
        assertThat(defined).isEqualTo(shown);
        assertThat(new MacPoolStore(home).read().get(POOL, new java.util.Random()).allocatedCount()).isEqualTo(2);
        robot.clickOn(robot.lookup(".button").match(n -> n instanceof javafx.scene.control.Button b && b.getText().equals("Close"))
                .<Node>query());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#" + NewVmDialog.DIALOG_ID).tryQuery().isEmpty());
        assertThat(app.viewModel().journal().entries()).anyMatch(j -> j.kind().equals("xml") && j.text().startsWith("defined " + NEW));
    }

    private String cli(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        var cl = PatchbayCommand.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        List<String> all = new ArrayList<>(List.of("--home", home.toString()));
        all.addAll(List.of(args));
        int code = cl.execute(all.toArray(String[]::new));
        assertThat(code).as(err.toString()).isZero();
        return out.toString();
    }
}
