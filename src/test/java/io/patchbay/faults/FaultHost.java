package io.patchbay.faults;

import io.patchbay.testsupport.Await;
import io.patchbay.testsupport.Lab;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * A throw-away host for fault tests: network namespace {@value #NS} with its own sshd (own host
 * key, same lab user and client keys), reached at {@value #ADDR} over a veth from the root
 * namespace. The shared lab hosts pblab1..3 are never killed or re-keyed: other tests use them.
 * Everything it starts runs inside the namespace, so {@link #killSshd()} ends only its processes.
 */
public final class FaultHost implements AutoCloseable {
    public static final String NS = "pbfault";
    public static final String ADDR = "10.77.99.2";
    private static final String ROOT_SIDE = "pbfault0";
    private static final Duration T = Duration.ofSeconds(10);

    private final Path dir;
    private final Lab lab;
    private Process sshd;

    private FaultHost(Path dir, Lab lab) {
        this.dir = dir;
        this.lab = lab;
    }

    /** Builds the namespace (replacing a leftover one), makes a host key and starts the sshd. */
    public static FaultHost start(Path dir) {
        FaultHost h = new FaultHost(dir, Lab.load());
        h.removeNamespace();
        run("ip", "netns", "add", NS);
        run("ip", "link", "add", "name", ROOT_SIDE, "type", "veth", "peer", "name", "eth0", "netns", NS);
        run("ip", "addr", "add", "10.77.99.1/24", "dev", ROOT_SIDE);
        run("ip", "link", "set", "dev", ROOT_SIDE, "up");
        run("ip", "-n", NS, "addr", "add", ADDR + "/24", "dev", "eth0");
        run("ip", "-n", NS, "link", "set", "dev", "eth0", "up");
        run("ip", "-n", NS, "link", "set", "dev", "lo", "up");
        run("ip", "-n", NS, "link", "add", "name", "br0", "type", "bridge");
        h.newHostKey();
        h.startSshd();
        return h;
    }

    /** The lab's client key (for pbtest). */
    public Path clientKey() {
        return lab.key();
    }

    public String user() {
        return lab.user();
    }

    /** A known_hosts file trusting the current host key. */
    public Path writeKnownHosts(Path file) throws IOException {
        String pub = Files.readString(dir.resolve("host_key.pub")).strip();
        String[] f = pub.split(" ");
        Files.writeString(file, ADDR + " " + f[0] + " " + f[1] + "\n");
        return file;
    }

    /** Replaces the host key with a freshly made one (used by the next sshd start). */
    public void newHostKey() {
        try {
            Files.deleteIfExists(dir.resolve("host_key"));
            Files.deleteIfExists(dir.resolve("host_key.pub"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        run("ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-C", "pbfault", "-f", dir.resolve("host_key").toString());
    }

    /** Starts the sshd (in the foreground, as our child) and waits for its banner. */
    public void startSshd() {
        try {
            Files.writeString(dir.resolve("sshd_config"), String.join("\n",
                    "ListenAddress " + ADDR, "Port 22", "HostKey " + dir.resolve("host_key"),
                    "PidFile none", "AllowUsers " + lab.user(), "PermitRootLogin no", "PubkeyAuthentication yes",
                    "PasswordAuthentication no", "KbdInteractiveAuthentication no", "UsePAM no", "StrictModes no",
                    "MaxSessions 50", "PrintMotd no", "PrintLastLog no", "UseDNS no", "LogLevel VERBOSE",
                    "SetEnv PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin", ""));
            sshd = new ProcessBuilder("ip", "netns", "exec", NS, "/usr/sbin/sshd", "-D", "-f",
                    dir.resolve("sshd_config").toString(), "-E", dir.resolve("sshd.log").toString())
                    .redirectErrorStream(true).redirectOutput(dir.resolve("sshd.out").toFile()).start();
            sshd.getOutputStream().close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Await.until("an SSH banner from " + ADDR + ":22", T, FaultHost::answers);
    }

    /** Freezes the sshd (SIGSTOP): the kernel still accepts connections, nobody answers them. */
    public void freezeSshd() {
        signalAll("-STOP");
    }

    /** Lets a frozen sshd go on (SIGCONT). */
    public void thawSshd() {
        signalAll("-CONT");
    }

    private void signalAll(String signal) {
        for (String pid : pids()) {
            Lab.runCommand(T, "kill", signal, pid.strip());
        }
    }

    /** Kills every process inside the namespace (our sshd and its session processes). */
    public void killSshd() {
        for (String pid : pids()) {
            // a session process may end by itself meanwhile: then there is nothing to kill
            ProcessHandle.of(Long.parseLong(pid.strip())).ifPresent(ProcessHandle::destroyForcibly);
        }
        Await.until("no process left in " + NS, T, () -> Lab.runCommand(T, "ip", "netns", "pids", NS).isEmpty());
        Await.until("the sshd child gone", T, () -> sshd == null || !sshd.isAlive());
    }

    /** PIDs of processes inside the namespace. */
    public List<String> pids() {
        return Lab.runCommand(T, "ip", "netns", "pids", NS).stream().filter(s -> !s.isBlank()).toList();
    }

    /** True when {@code pid} runs {@code sleep}. */
    public static boolean isSleep(String pid) {
        try {
            return Files.readString(Path.of("/proc", pid.strip(), "comm")).strip().equals("sleep");
        } catch (IOException e) {
            return false; // it ended meanwhile
        }
    }

    /** The host vanishes: its processes end, the namespace and its uplink are deleted. */
    public void removeNamespace() {
        if (Lab.runCommand(T, "ip", "netns", "list").stream().anyMatch(l -> l.split(" ")[0].equals(NS))) {
            killSshd();
            run("ip", "netns", "del", NS);
        }
        if (Files.exists(Path.of("/sys/class/net", ROOT_SIDE))) {
            try {
                run("ip", "link", "del", "dev", ROOT_SIDE);
            } catch (IllegalStateException e) {
                // the kernel deletes a veth with its peer's namespace, asynchronously: gone meanwhile is done
                if (Files.exists(Path.of("/sys/class/net", ROOT_SIDE))) {
                    throw e;
                }
            }
        }
    }

    private static boolean answers() {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress(ADDR, 22), 500);
            s.setSoTimeout(1000);
            InputStream in = s.getInputStream();
            byte[] b = in.readNBytes(8);
            return new String(b, StandardCharsets.US_ASCII).equals("SSH-2.0-");
        } catch (IOException e) {
            return false;
        }
    }

    private static void run(String... argv) {
        Lab.runCommand(T, argv);
    }

    @Override
    public void close() {
        removeNamespace();
    }
}
