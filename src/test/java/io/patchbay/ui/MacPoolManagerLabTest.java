package io.patchbay.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.patchbay.mac.MacPool;
import io.patchbay.mac.MacPoolStore;
import io.patchbay.mac.MacRange;
import io.patchbay.mac.MacUsage;
import io.patchbay.testsupport.Lab;
import io.patchbay.ui.macpool.DuplicateRow;
import io.patchbay.ui.macpool.MacPoolManagerDialog;
import io.patchbay.ui.macpool.PoolRow;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
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

/**
 * Tools > MAC pools in the console with the lab's libvirtd connected: a pool's usage after
 * allocations (and its low-water warning), and a real duplicate — two shut-off domains of this
 * test defined with one MAC — listed with where each copy is. The domains are undefined after.
 */
@Tag("lab")
@ExtendWith(ApplicationExtension.class)
class MacPoolManagerLabTest {
    private static final Lab LAB = Lab.load();
    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final List<String> DOMAINS = List.of("pbdlg-dupa", "pbdlg-dupb");
    private static final String DUP_MAC = "52:54:00:d1:61:01";
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
        for (String d : DOMAINS) {
            try {
                Lab.runCommand(Duration.ofSeconds(30), "virsh", "-c", LAB.libvirtUri(), "undefine", d);
            } catch (RuntimeException notDefined) {
                // the test failed before defining it
            }
        }
    }

    private void define(String name) throws Exception {
        Path xml = home.resolve(name + ".xml");
        Files.writeString(xml, "<domain type='qemu'><name>" + name + "</name><memory unit='MiB'>64</memory><vcpu>1</vcpu>"
                + "<os><type arch='x86_64' machine='q35'>hvm</type></os><devices><interface type='bridge'>"
                + "<source bridge='" + LAB.bridges().get(0) + "'/><mac address='" + DUP_MAC + "'/><model type='virtio'/>"
                + "</interface></devices></domain>");
        Lab.runCommand(Duration.ofSeconds(30), "virsh", "-c", LAB.libvirtUri(), "define", xml.toString());
    }

    @Test
    void aPoolsUsageAfterAllocationsAndARealDuplicateAreShown(FxRobot robot) throws Exception {
        MacPoolStore store = new MacPoolStore(home);
        store.update((pools, r) -> {
            MacPool p = new MacPool("dlgpool", List.of(MacRange.parse("52:54:00:d1:60:00-52:54:00:d1:60:0f")), false);
            pools.add(p);
            p.allocate(6, MacUsage.NONE);
            return null;
        });
        for (String d : DOMAINS) {
            define(d);
        }
        app.addLabLibvirtHost(robot, home, LAB.libvirtUri(), WAIT);
        ConsoleFixture.openFromMenu(robot, "macPoolsMenu", MacPoolManagerDialog.DIALOG_ID);
        TableView<PoolRow> pools = robot.lookup("#macPoolTable").query();
        TableView<DuplicateRow> dups = robot.lookup("#macPoolDuplicates").query();
        WaitForAsyncUtils.waitFor(WAIT.toSeconds(), TimeUnit.SECONDS, () -> !pools.getItems().isEmpty());
        assertThat(pools.getItems()).containsExactly(new PoolRow("dlgpool", "52:54:00:d1:60:00-52:54:00:d1:60:0f", 16, 6, 10, true));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#macPoolTable .label").queryAllAs(Label.class)).extracting(Label::getText).contains("only 10 free");

        DuplicateRow dup = dups.getItems().stream().filter(d -> d.mac().equals(DUP_MAC)).findFirst().orElseThrow();
        assertThat(dup.places()).hasSize(2).anyMatch(p -> p.endsWith("/pbdlg-dupa (config)"))
                .anyMatch(p -> p.endsWith("/pbdlg-dupb (config)"));

        // one more allocation elsewhere, then "Read again" shows it
        store.update((p, r) -> p.get("dlgpool", new Random()).allocate(1, MacUsage.NONE));
        // fired directly: a click may land on a window another test class left in front
        Button readAgain = robot.lookup("#macPoolRefresh").queryButton();
        robot.interact(readAgain::fire);
        WaitForAsyncUtils.waitFor(WAIT.toSeconds(), TimeUnit.SECONDS, () -> !pools.getItems().isEmpty()
                && pools.getItems().get(0).used() == 7);
        assertThat(pools.getItems().get(0).free()).isEqualTo(9);

        DialogPane pane = robot.lookup("#" + MacPoolManagerDialog.DIALOG_ID).query();
        robot.clickOn((Button) pane.lookupButton(ButtonType.CLOSE));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#" + MacPoolManagerDialog.DIALOG_ID).tryQuery().isEmpty());
    }
}
