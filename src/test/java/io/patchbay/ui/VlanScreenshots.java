package io.patchbay.ui;

import io.patchbay.model.VnicVlan;
import io.patchbay.testsupport.TestCaptures;
import io.patchbay.ui.main.Themes;
import io.patchbay.ui.vlan.VlanChoice;
import io.patchbay.ui.vlan.VlanDialog;
import io.patchbay.ui.vnic.CreateVnicDialog;
import io.patchbay.ui.vnic.CreateVnicPrefill;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.stage.Stage;

/**
 * Screenshots of the VLAN work, to look at: the OVS host of captures/ovs-netdev (tags and trunks
 * on its guests' taps) beside the VLAN-filtering Linux bridge of captures/vlan-bridge, light and
 * dark, and the create-vNIC dialog on an Open vSwitch bridge and the VLAN dialog. Run under Xvfb
 * ({@code xvfb-run -a -s "-screen 0 1600x1000x24" java -cp ... io.patchbay.ui.VlanScreenshots OUTDIR}).
 * Reads captures only: nothing is changed.
 */
public final class VlanScreenshots {
    private VlanScreenshots() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "target/vlan-shots");
        out.toFile().mkdirs();
        ConsoleFixture app = new ConsoleFixture();
        Stage stage = Screenshots.start(app, vm -> {
            vm.openCapture(List.of(TestCaptures.path("ovs-netdev")));
            vm.openCapture(List.of(TestCaptures.path("vlan-bridge/ip-j-d-link.json"),
                    TestCaptures.path("vlan-bridge/bridge-j-vlan.json")));
        });
        app.awaitSceneFromOutside(java.time.Duration.ofSeconds(20), s -> s.graph().graph().hosts().size() == 2);
        Screenshots.run(() -> {
            app.controller().graph().fit();
            app.controller().graph().zoom(1.6, 300, 420);
        });
        Screenshots.snap(stage, out.resolve("vlan-edges-light.png"));
        Screenshots.run(() -> Themes.apply(stage.getScene(), true));
        Screenshots.snap(stage, out.resolve("vlan-edges-dark.png"));
        for (boolean dark : new boolean[] {false, true}) {
            String suffix = dark ? "-dark" : "-light";
            Screenshots.run(() -> Themes.apply(stage.getScene(), dark));
            CreateVnicPrefill p = new CreateVnicPrefill("lab", "pbguest1", true, List.of("pbbr0", "pbbr1", "pbovs0",
                    "pbovs1"), "pbovs0", List.of("default"), null, Set.of("pbovs0", "pbovs1"), Map.of());
            DialogScreenshots.shoot(() -> CreateVnicDialog.show(stage, p), CreateVnicDialog.DIALOG_ID,
                    out.resolve("vnic-create-ovs" + suffix + ".png"), pane -> {
                        ((javafx.scene.control.RadioButton) pane.lookup("#vlanAccessChoice")).setSelected(true);
                        ((javafx.scene.control.TextField) pane.lookup("#vlanTag")).setText("100");
                    });
            DialogScreenshots.shoot(() -> VlanDialog.show(stage, new VlanDialog.Subject("lab", "pbguest4",
                            "52:54:00:bb:04:01", "pbovs0", true), VlanChoice.of(new VnicVlan(List.of(100), false, null, null))),
                    VlanDialog.DIALOG_ID, out.resolve("vlan-dialog" + suffix + ".png"), pane -> {
                        ((javafx.scene.control.RadioButton) pane.lookup("#vlanTrunkChoice")).setSelected(true);
                        ((javafx.scene.control.TextField) pane.lookup("#vlanTrunk")).setText("200,201");
                        ((javafx.scene.control.TextField) pane.lookup("#vlanNative")).setText("4095");
                    });
        }
        javafx.application.Platform.exit();
    }
}
