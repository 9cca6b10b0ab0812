package io.patchbay.libvirt;

import static org.assertj.core.api.Assertions.assertThat;

import io.patchbay.model.Vm;
import io.patchbay.testsupport.Await;
import io.patchbay.testsupport.Lab;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The connection drops (the lab sshd session carrying it is ended, by its pid) and comes back by
 * itself with backoff; listeners hear both, and calls work again afterwards.
 */
@Tag("lab")
class LibvirtLabReconnectTest {
    private static final Lab LAB = Lab.load();
    private static final Pattern PID = Pattern.compile("pid=(\\d+)");

    /** Notes every connection up/down report of {@code conn} in {@code states}. */
    private static void recordConnectionStates(LibvirtConnection conn, List<Boolean> states) {
        conn.addListener(new DomainEventListener() {
            @Override
            public void lifecycle(String domain, String event) {
            }

            @Override
            public void deviceAdded(String domain, String alias) {
            }

            @Override
            public void deviceRemoved(String domain, String alias) {
            }

            @Override
            public void connection(boolean up) {
                states.add(up);
            }
        });
    }

    /** The lab sshd's processes serving the one client port this JVM opened since {@code before}. */
    private static List<String> sessionServerPids(Set<String> before) throws Exception {
        Set<String> ports = ourClientPorts();
        ports.removeAll(before);
        assertThat(ports).as("this connection's client port to the lab sshd").hasSize(1);
        return serverPids(ports.iterator().next());
    }

    @Test
    void aDroppedSshConnectionIsReopenedWithBackoff() throws Exception {
        List<Boolean> states = new CopyOnWriteArrayList<>();
        Set<String> before = ourClientPorts();
        LibvirtOptions opts = new LibvirtOptions(false, 5, 3, Duration.ofMillis(100), Duration.ofSeconds(2));
        try (LibvirtConnection conn = LibvirtConnection.open(LAB.libvirtSshUri(), opts)) {
            recordConnectionStates(conn, states);
            List<String> sessionPids = sessionServerPids(before);
            assertThat(sessionPids).isNotEmpty();

            // one of the session's two sshd processes (monitor, user child): the other follows it
            Lab.runCommand(Duration.ofSeconds(10), "kill", "-TERM", sessionPids.get(0));

            Await.until("the drop and the reconnect to be reported", Duration.ofSeconds(30),
                    () -> states.contains(false) && states.lastIndexOf(true) > states.indexOf(false));
            assertThat(conn.isConnected()).isTrue();
            List<Vm> vms = new LibvirtReader(conn).read().vms();
            assertThat(vms).extracting(Vm::name).contains("pbguest1");
        }
    }

    /**
     * Keepalive runs on our event loop's timers alone: the sshd session carrying the connection is
     * frozen (SIGSTOP, nothing is closed), no call is made, and the keepalive (1 s x 2) must
     * declare the connection dead and the reconnect bring it back.
     */
    @Test
    void aFrozenPeerIsDetectedByKeepaliveOnTheEventLoopAlone() throws Exception {
        List<Boolean> states = new CopyOnWriteArrayList<>();
        Set<String> before = ourClientPorts();
        LibvirtOptions opts = new LibvirtOptions(false, 1, 2, Duration.ofMillis(100), Duration.ofSeconds(2));
        List<String> frozen = List.of();
        try (LibvirtConnection conn = LibvirtConnection.open(LAB.libvirtSshUri(), opts)) {
            recordConnectionStates(conn, states);
            frozen = sessionServerPids(before);
            assertThat(frozen).isNotEmpty();
            for (String pid : frozen) {
                Lab.runCommand(Duration.ofSeconds(10), "kill", "-STOP", pid);
            }
            long t0 = System.nanoTime();
            Await.until("keepalive to report the frozen connection as dropped", Duration.ofSeconds(20),
                    () -> states.contains(false));
            long ms = (System.nanoTime() - t0) / 1_000_000L;
            assertThat(ms).as("dropped after about 1 s x (2 + 1) of silence, not at once").isBetween(1500L, 15000L);
            Await.until("the reconnect over a new session", Duration.ofSeconds(30),
                    () -> states.lastIndexOf(true) > states.indexOf(false));
            assertThat(new LibvirtReader(conn).read().vms()).extracting(Vm::name).contains("pbguest1");
        } finally {
            for (String pid : frozen) {
                Lab.runCommand(Duration.ofSeconds(10), "kill", "-CONT", pid);
            }
        }
    }

    /** Local ports of this JVM's established TCP connections to the lab sshd. */
    private static Set<String> ourClientPorts() {
        String me = "pid=" + ProcessHandle.current().pid() + ",";
        Set<String> out = new HashSet<>();
        for (String line : ss("dport = :" + LAB.sshdPort())) {
            if (line.contains(me)) {
                String[] f = line.trim().split("\\s+");
                out.add(f[2].substring(f[2].lastIndexOf(':') + 1));
            }
        }
        return out;
    }

    /** Pids of the sshd session processes serving the client port given. */
    private static List<String> serverPids(String clientPort) {
        List<String> out = new java.util.ArrayList<>();
        for (String line : ss("sport = :" + LAB.sshdPort() + " and dport = :" + clientPort)) {
            Matcher m = PID.matcher(line);
            while (m.find()) {
                out.add(m.group(1));
            }
        }
        return out;
    }

    private static List<String> ss(String filter) {
        return Lab.runCommand(Duration.ofSeconds(10), "ss", "-tnpH", "state", "established", "( " + filter + " )");
    }
}
