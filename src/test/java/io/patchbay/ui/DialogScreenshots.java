package io.patchbay.ui;

import io.patchbay.libvirt.LibvirtConnection;
import io.patchbay.libvirt.LibvirtSource;
import io.patchbay.model.HostTopology;
import io.patchbay.testsupport.Lab;
import io.patchbay.ui.main.Themes;
import io.patchbay.ui.vnic.CreateVnicDialog;
import io.patchbay.ui.vnic.CreateVnicPrefills;
import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import javax.imageio.ImageIO;

/**
 * Screenshots of the dialogs against the lab, to look at: run with the test classpath and
 * Monocle's headless glass ({@code java -Dglass.platform=Monocle -Dmonocle.platform=Headless
 * -Dprism.order=sw -cp ... io.patchbay.ui.DialogScreenshots OUTDIR [dark]}). Not under GTK/Xvfb:
 * libvirt's event thread iterates GLib's default main context, which GTK's glass shares, so
 * {@code Platform.runLater} work can run on that thread there.
 */
public final class DialogScreenshots {
    private DialogScreenshots() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "target/dialog-shots");
        boolean dark = args.length > 1 && args[1].equals("dark");
        out.toFile().mkdirs();
        Lab lab = Lab.load();
        HostTopology host;
        try (LibvirtConnection c = LibvirtConnection.open(lab.libvirtUri());
             LibvirtSource src = new LibvirtSource("lab", c, false, null)) {
            host = src.refresh();
        }
        CountDownLatch started = new CountDownLatch(1);
        Stage[] owner = new Stage[1];
        Platform.startup(() -> {
            owner[0] = new Stage();
            Scene s = new Scene(new StackPane(), 400, 300);
            Themes.apply(s, dark);
            owner[0].setScene(s);
            owner[0].show();
            started.countDown();
        });
        started.await(20, TimeUnit.SECONDS);
        String suffix = dark ? "-dark" : "";
        shoot(() -> CreateVnicDialog.show(owner[0], CreateVnicPrefills.forVm(host, "pbguest2", "pbbr1", List.of(host), null)),
                CreateVnicDialog.DIALOG_ID, out.resolve("vnic-create" + suffix + ".png"), p -> {
                    ((javafx.scene.control.RadioButton) p.lookup("#vnicTypedChoice")).setSelected(true);
                    ((javafx.scene.control.TextField) p.lookup("#vnicMac")).setText("52:54:00:bb:02:01");
                });
        shoot(() -> CreateVnicDialog.show(owner[0], CreateVnicPrefills.forVm(host, "pbtemplate1", "pbbr0", List.of(host), null)),
                CreateVnicDialog.DIALOG_ID, out.resolve("vnic-create-stopped" + suffix + ".png"), p -> { });
        Path home = java.nio.file.Files.createTempDirectory("pb-shots");
        new io.patchbay.mac.MacPoolStore(home).update((pools, r) -> {
            pools.add(new io.patchbay.mac.MacPool("lab-vms", List.of(io.patchbay.mac.MacRange.parse(
                    "52:54:00:d1:50:00-52:54:00:d1:50:ff")), false));
            return null;
        });
        io.patchbay.ui.common.BackgroundTasks tasks = io.patchbay.ui.common.BackgroundTasks.platform();
        List<io.patchbay.ui.newvm.NewVmHost> hosts = List.of(io.patchbay.ui.newvm.NewVmHost.of("lab", lab.libvirtUri(), host));
        shoot(() -> io.patchbay.ui.newvm.NewVmDialog.show(owner[0], hosts,
                        io.patchbay.ui.newvm.NewVmBackend.libvirt(home), tasks),
                io.patchbay.ui.newvm.NewVmDialog.DIALOG_ID, out.resolve("newvm" + suffix + ".png"), p -> {
                    @SuppressWarnings("unchecked")
                    javafx.scene.control.ChoiceBox<String> pool = (javafx.scene.control.ChoiceBox<String>) p.lookup("#newVmPool");
                    pool.getItems().setAll("default", "lab-vms");
                    pool.setValue("lab-vms");
                    ((javafx.scene.control.TextField) p.lookup("#newVmName")).setText("web2");
                    ((javafx.scene.control.Button) p.lookup("#" + io.patchbay.ui.newvm.NewVmDialog.PREVIEW_ID)).fire();
                }, p -> !p.lookup("#" + io.patchbay.ui.newvm.NewVmDialog.CREATE_ID).isDisabled());
        new io.patchbay.mac.MacPoolStore(home).update((pools, r) -> {
            io.patchbay.mac.MacPool small = new io.patchbay.mac.MacPool("lab-test", List.of(io.patchbay.mac.MacRange.parse(
                    "52:54:00:d1:51:00-52:54:00:d1:51:0f")), false);
            pools.add(small);
            small.allocate(7, io.patchbay.mac.MacUsage.NONE);
            pools.get("lab-vms", r).allocate(40, io.patchbay.mac.MacUsage.NONE);
            return null;
        });
        // a real duplicate for the picture: two shut-off domains of this tool with one MAC, undefined after
        List<String> dups = List.of("pbshot-dupa", "pbshot-dupb");
        try {
            for (String d : dups) {
                Path xml = home.resolve(d + ".xml");
                java.nio.file.Files.writeString(xml, "<domain type='qemu'><name>" + d + "</name><memory unit='MiB'>64</memory>"
                        + "<vcpu>1</vcpu><os><type arch='x86_64' machine='q35'>hvm</type></os><devices><interface type='bridge'>"
                        + "<source bridge='pbbr0'/><mac address='52:54:00:d1:51:e1'/><model type='virtio'/></interface></devices></domain>");
                Lab.runCommand(java.time.Duration.ofSeconds(30), "virsh", "-c", lab.libvirtUri(), "define", xml.toString());
            }
            io.patchbay.ui.macpool.MacPoolSource source = new io.patchbay.ui.macpool.MacPoolSource(home, List.of(lab.libvirtUri()), List.of());
            shoot(() -> io.patchbay.ui.macpool.MacPoolManagerDialog.show(owner[0], source, tasks),
                    io.patchbay.ui.macpool.MacPoolManagerDialog.DIALOG_ID, out.resolve("macpools" + suffix + ".png"), p -> {
                        ((javafx.scene.control.TextField) p.lookup("#macPoolNewName")).setText("lab-ext");
                        ((javafx.scene.control.TextField) p.lookup("#macPoolNewRanges")).setText("52:54:00:d1:51:08-52:54:00:d1:52:ff");
                    }, p -> {
                        javafx.scene.control.TableView<?> t = (javafx.scene.control.TableView<?>) p.lookup("#macPoolTable");
                        if (t.getItems().isEmpty()) {
                            return false;
                        }
                        Platform.runLater(() -> t.getSelectionModel().select(1));
                        return true;
                    });
        } finally {
            for (String d : dups) {
                Lab.runCommand(java.time.Duration.ofSeconds(30), "virsh", "-c", lab.libvirtUri(), "undefine", d);
            }
        }
        tasks.shutdown();
        Platform.exit();
    }

    /** Opens a modal dialog with {@code open}, prepares it, snapshots its window, then cancels it. */
    static void shoot(Runnable open, String id, Path file, Consumer<DialogPane> prepare) throws Exception {
        shoot(open, id, file, prepare, p -> true);
    }

    /** As above, and waits (bounded) until {@code ready} holds after preparing (background work done). */
    static void shoot(Runnable open, String id, Path file, Consumer<DialogPane> prepare,
                      java.util.function.Predicate<DialogPane> ready) throws Exception {
        Platform.runLater(open);
        DialogPane pane = io.patchbay.testsupport.Await.value("dialog " + id, java.time.Duration.ofSeconds(20), () -> {
            for (Window w : Window.getWindows().toArray(new Window[0])) {
                if (w.isShowing() && w.getScene() != null && w.getScene().getRoot() instanceof DialogPane p && id.equals(p.getId())) {
                    return java.util.Optional.of(p);
                }
            }
            return java.util.Optional.empty();
        });
        run(() -> prepare.accept(pane));
        io.patchbay.testsupport.Await.value("dialog " + id + " ready", java.time.Duration.ofSeconds(60),
                () -> ready.test(pane) ? java.util.Optional.of(pane) : java.util.Optional.empty());
        DrawnFrames.await(3);
        CountDownLatch done = new CountDownLatch(1);
        WritableImage[] img = new WritableImage[1];
        Platform.runLater(() -> {
            img[0] = pane.getScene().snapshot(null);
            done.countDown();
        });
        done.await(10, TimeUnit.SECONDS);
        BufferedImage b = SwingFXUtils.fromFXImage(img[0], null);
        ImageIO.write(b, "png", new File(file.toString()));
        System.out.println("wrote " + file + " " + b.getWidth() + "x" + b.getHeight());
        run(() -> {
            for (ButtonType t : pane.getButtonTypes()) {
                if (t.getButtonData().isCancelButton()) {
                    ((javafx.scene.control.Button) pane.lookupButton(t)).fire();
                }
            }
        });
    }

    static void run(Runnable r) throws InterruptedException {
        CountDownLatch done = new CountDownLatch(1);
        Platform.runLater(() -> {
            try {
                r.run();
            } finally {
                done.countDown();
            }
        });
        done.await(10, TimeUnit.SECONDS);
    }

}
