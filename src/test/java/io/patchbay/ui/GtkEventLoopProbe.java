package io.patchbay.ui;

import com.sun.jna.Callback;
import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.Pointer;
import io.patchbay.libvirt.DomainEventListener;
import io.patchbay.libvirt.LibvirtConnection;
import io.patchbay.testsupport.Lab;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Platform;

/**
 * Run by {@link GtkEventLoopLabTest} in its own JVM on a real X display (GTK glass, not Monocle):
 * with libvirt's event loop running and domain events flowing on qemu:///system (a throwaway
 * domain defined and undefined over and over), posts 2,000 {@code Platform.runLater} tasks and
 * 2,000 GLib idle sources on GLib's default main context (the one GTK iterates), and prints on
 * which threads they ran: {@code RESULT <kind> <thread>=<count>...}. Exit 0 when it got that far.
 */
public final class GtkEventLoopProbe {
    static final int TASKS = 2000;

    /** gboolean (*GSourceFunc)(gpointer). */
    interface SourceFunc extends Callback {
        int invoke(Pointer data);
    }

    /** The one GLib function used: g_idle_add on the default main context. */
    interface GLib extends Library {
        int g_idle_add(SourceFunc function, Pointer data);
    }

    private static final Map<String, AtomicInteger> IDLE_THREADS = new ConcurrentHashMap<>();
    private static final CountDownLatch IDLE_DONE = new CountDownLatch(2 * TASKS);
    /** Strong reference for as long as GLib may call it. */
    private static final SourceFunc IDLE = data -> {
        IDLE_THREADS.computeIfAbsent(Thread.currentThread().getName(), k -> new AtomicInteger()).incrementAndGet();
        IDLE_DONE.countDown();
        return 0;
    };

    private GtkEventLoopProbe() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("pb-gtkprobe");
        boolean libvirtFirst = args.length > 0 && "libvirt-first".equals(args[0]);

        AtomicInteger events = new AtomicInteger();
        String name = "pbgtkprobe-" + ProcessHandle.current().pid();
        Path xml = dir.resolve("dom.xml");
        Files.writeString(xml, "<domain type='qemu'><name>" + name + "</name><memory unit='MiB'>32</memory>"
                + "<os><type arch='x86_64'>hvm</type></os><devices><interface type='bridge'>"
                + "<mac address='52:54:00:bb:e7:01'/><source bridge='pbbr0'/><model type='virtio'/>"
                + "</interface></devices></domain>");
        if (!libvirtFirst) {
            startToolkit();
        }
        try (LibvirtConnection conn = LibvirtConnection.open(Lab.load().libvirtUri())) {
            GLib glib = Native.load("glib-2.0", GLib.class);
            if (libvirtFirst) {
                // before GTK runs: only a thread iterating GLib's default context can run these now
                for (int i = 0; i < TASKS; i++) {
                    glib.g_idle_add(IDLE, null);
                }
                startToolkit();
            }
            conn.addListener(new DomainEventListener() {
                @Override
                public void lifecycle(String domain, String event) {
                    if (domain.equals(name)) {
                        events.incrementAndGet();
                    }
                }

                @Override
                public void deviceAdded(String domain, String alias) {
                }

                @Override
                public void deviceRemoved(String domain, String alias) {
                }
            });
            Thread churn = new Thread(() -> {
                for (int i = 0; i < 40 && !Thread.currentThread().isInterrupted(); i++) {
                    virsh("define", xml.toString());
                    virsh("undefine", name);
                }
            }, "probe-churn");
            churn.start();

            Map<String, AtomicInteger> fxThreads = new ConcurrentHashMap<>();
            CountDownLatch fxDone = new CountDownLatch(TASKS);
            for (int i = 0; i < TASKS; i++) {
                Platform.runLater(() -> {
                    fxThreads.computeIfAbsent(Thread.currentThread().getName(), k -> new AtomicInteger()).incrementAndGet();
                    fxDone.countDown();
                });
                glib.g_idle_add(IDLE, null);
                if (i % 50 == 0) {
                    TimeUnit.MILLISECONDS.sleep(5); // spread the posts over the churn (not a synchronisation)
                }
            }
            boolean fxAll = fxDone.await(60, TimeUnit.SECONDS);
            if (!libvirtFirst) {
                for (int i = 0; i < TASKS; i++) {
                    glib.g_idle_add(IDLE, null);
                }
            }
            boolean idleAll = IDLE_DONE.await(60, TimeUnit.SECONDS);
            churn.join(TimeUnit.MINUTES.toMillis(3));
            System.out.println("RESULT runLater done=" + fxAll + " " + counts(fxThreads));
            System.out.println("RESULT gIdle done=" + idleAll + " " + counts(IDLE_THREADS));
            System.out.println("RESULT events " + events.get());
            System.out.println("RESULT loopThreads " + loopThreads());
            System.out.println("RESULT loopIdleCpuMs " + idleCpuMillis());
        } finally {
            if (virsh("list", "--all", "--name").contains(name)) {
                virsh("undefine", name);
            }
        }
        Platform.exit();
        System.exit(0);
    }

    /** Starts the real toolkit (GTK glass on a DISPLAY) and says which glass it is. */
    private static void startToolkit() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        if (!started.await(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the JavaFX toolkit did not start");
        }
        Object app = Class.forName("com.sun.glass.ui.Application").getMethod("GetApplication").invoke(null);
        System.out.println("GLASS " + app.getClass().getName());
    }

    private static String counts(Map<String, AtomicInteger> threads) {
        StringBuilder sb = new StringBuilder();
        new TreeSet<>(threads.keySet()).forEach(t -> sb.append(' ').append(t.replace(' ', '_')).append('=').append(threads.get(t)));
        return sb.toString().strip();
    }

    /** CPU the libvirt loop thread uses over 2 idle seconds (a loop that spins would use ~2,000 ms). */
    private static long idleCpuMillis() throws InterruptedException {
        Thread loop = Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().equals("libvirt-event-loop")).findFirst().orElseThrow();
        java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
        long before = mx.getThreadCpuTime(loop.getId());
        TimeUnit.SECONDS.sleep(2); // the window measured (not a synchronisation)
        return (mx.getThreadCpuTime(loop.getId()) - before) / 1_000_000L;
    }

    private static Set<String> loopThreads() {
        Set<String> names = new TreeSet<>();
        Thread.getAllStackTraces().keySet().forEach(t -> {
            if (t.getName().startsWith("libvirt-event-loop")) {
                names.add(t.getName());
            }
        });
        return names;
    }

    private static List<String> virsh(String... args) {
        return Lab.load().virsh(java.time.Duration.ofSeconds(30), args);
    }
}
