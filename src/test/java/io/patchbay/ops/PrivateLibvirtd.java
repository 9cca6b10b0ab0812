package io.patchbay.ops;

import io.patchbay.testsupport.Await;
import io.patchbay.testsupport.Lab;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * A libvirtd of a test's own, so that a test may restart it without touching the lab's shared
 * daemon: it runs in a private mount namespace (held by a sleeping process) whose libvirt state
 * and definition folders are empty tmpfs mounts, and listens on a socket below {@code dir}. The
 * QEMU settings ({@link Lab#libvirtQemuConf()}, bound over /etc/libvirt/qemu.conf: beside a
 * workstation's own libvirtd that file is the workstation's) and the host's bridges are the lab's.
 */
final class PrivateLibvirtd implements AutoCloseable {
    private static final Duration T = Duration.ofSeconds(30);
    /**
     * Fixed folders hidden behind empty tmpfs mounts in the private namespace; the new empty
     * /etc/libvirt then gets the text of the lab's qemu.conf (the script's only input, {@code $1},
     * an argument, read before /etc/libvirt is hidden).
     */
    private static final String MOUNTS = "conf=$(cat \"$1\") || exit 1; "
            + "for d in /run/libvirt /var/lib/libvirt /var/cache/libvirt /etc/libvirt; do mount -t tmpfs pbfault-lv \"$d\" || exit 1; done; "
            + "printf '%s\\n' \"$conf\" > /etc/libvirt/qemu.conf || exit 1; echo ready; exec sleep 3600";

    private final Path dir;
    private final Process holder;
    private long daemonPid;

    private PrivateLibvirtd(Path dir, Process holder) {
        this.dir = dir;
        this.holder = holder;
    }

    static PrivateLibvirtd start(Path dir) throws IOException {
        Files.createDirectories(dir.resolve("sock"));
        Files.writeString(dir.resolve("libvirtd.conf"), String.join("\n",
                "unix_sock_dir = \"" + dir.resolve("sock") + "\"", "auth_unix_ro = \"none\"", "auth_unix_rw = \"none\"",
                "keepalive_interval = 5", "keepalive_count = 5",
                "log_outputs = \"3:file:" + dir.resolve("libvirtd.log") + "\"", ""));
        Process holder = new ProcessBuilder("unshare", "-m", "--propagation", "private", "sh", "-c", MOUNTS,
                "pbfault-lv", Lab.load().libvirtQemuConf().toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        holder.getOutputStream().close();
        String line = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8)).readLine();
        if (!"ready".equals(line)) {
            holder.destroyForcibly();
            throw new IllegalStateException("the private mount namespace for libvirtd was not made: " + line);
        }
        PrivateLibvirtd d = new PrivateLibvirtd(dir, holder);
        d.startDaemon();
        return d;
    }

    /** The URI of this daemon (qemu:///system over its own socket). */
    String uri() {
        return "qemu:///system?socket=" + dir.resolve("sock").resolve("libvirt-sock");
    }

    /** Starts libvirtd in the private namespace and waits until it answers. */
    void startDaemon() {
        Path pidFile = dir.resolve("libvirtd.pid");
        Lab.runCommand(T, "nsenter", "-t", Long.toString(holder.pid()), "-m", "libvirtd", "-d", "-f",
                dir.resolve("libvirtd.conf").toString(), "-p", pidFile.toString());
        daemonPid = Await.value("the private libvirtd's pid file", T, () -> {
            try {
                String s = Files.readString(pidFile).strip();
                return s.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(Long.parseLong(s));
            } catch (IOException | NumberFormatException e) {
                return java.util.Optional.empty();
            }
        });
        Await.until("the private libvirtd answering", T, () -> {
            try {
                virsh("list", "--all");
                return true;
            } catch (IllegalStateException e) {
                return false;
            }
        });
    }

    /** Ends libvirtd (SIGTERM, as a service stop does; its guests keep running) and waits for it to go. */
    void stopDaemon() {
        ProcessHandle.of(daemonPid).ifPresent(ProcessHandle::destroy);
        Await.until("the private libvirtd gone", T, () -> ProcessHandle.of(daemonPid).map(p -> !p.isAlive()).orElse(true));
    }

    /** virsh against this daemon. */
    java.util.List<String> virsh(String... args) {
        String[] argv = new String[args.length + 3];
        argv[0] = "virsh";
        argv[1] = "-c";
        argv[2] = uri();
        System.arraycopy(args, 0, argv, 3, args.length);
        return Lab.runCommand(T, argv);
    }

    @Override
    public void close() {
        if (ProcessHandle.of(daemonPid).map(p -> !p.isAlive()).orElse(true)) {
            try {
                startDaemon(); // a test that failed mid-restart: the daemon is needed to end its guests
            } catch (RuntimeException e) {
                // nothing more can be done here; the holder below still goes
            }
        }
        try {
            for (String vm : virsh("list", "--name")) {
                if (!vm.isBlank()) {
                    virsh("destroy", vm.strip());
                }
            }
        } catch (IllegalStateException | UncheckedIOException e) {
            // the daemon is down: nothing of ours can be running without it having started it
        }
        stopDaemon();
        holder.destroyForcibly();
    }
}
