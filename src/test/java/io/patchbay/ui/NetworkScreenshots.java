package io.patchbay.ui;

import io.patchbay.testsupport.Shared;
import io.patchbay.testsupport.TestCaptures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import javafx.application.Platform;
import javafx.stage.Stage;

/**
 * libvirt networks as nodes and an SR-IOV physical function with a hostdev vNIC, from the
 * transcribed captures/sriov-networks and the corpus's hostdev domain: run under Xvfb
 * ({@code xvfb-run -s "-screen 0 1600x1000x24" java -cp ... io.patchbay.ui.NetworkScreenshots docs/screenshots}).
 */
public final class NetworkScreenshots {
    private NetworkScreenshots() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "docs/screenshots");
        Files.createDirectories(out);
        Path dir = TestCaptures.path("sriov-networks");
        List<Path> files;
        try (var list = Files.list(dir)) {
            files = new java.util.ArrayList<>(list.sorted().toList());
        }
        files.remove(dir.resolve("ip-j-d-link.json")); // the same PF as the text form
        files.add(Shared.root().resolve("corpus/libvirt-domain-xml/qemuxml2xmloutdata/net-hostdev.xml"));
        ConsoleFixture app = new ConsoleFixture();
        Stage stage = Screenshots.start(app, vm -> vm.openCapture(files));
        app.awaitSceneFromOutside(Duration.ofSeconds(20),
                s -> s.layout().nodes().keySet().stream().anyMatch(id -> id.endsWith("/network:default")));
        DrawnFrames.await(3);
        Screenshots.run(() -> {
            app.controller().graph().fit();
            app.viewModel().topology().search("network:default");
        });
        Screenshots.snap(stage, out.resolve("libvirt-networks.png"));
        Platform.exit();
    }
}
