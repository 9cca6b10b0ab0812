package io.patchbay.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The test lab brought up by {@code sudo lab/up}: read from {@code /run/patchbay-lab/lab.env}.
 *
 * <p>Tests that use it are tagged {@code @Tag("lab")} and run as root. See {@code lab/README.md}
 * for what each simulated host (network namespace {@code pblabN}) contains.
 */
public final class Lab {
    /** Where lab/up writes its environment file. */
    public static final Path DEFAULT_ENV = Path.of("/run/patchbay-lab/lab.env");

    /** Hostile but kernel-legal bridges that exist verbatim in pblab1 (see lab/README.md). */
    public static final List<String> HOSTILE_BRIDGES = List.of("$(id>x)", "ü-br");

    /** Hostile taps in pblab1: the first two are ports of {@code $(id>x)}, the rest of {@code ü-br}. */
    public static final List<String> HOSTILE_TAPS = List.of("a;b", "-rf", "x'y", "x\\\"y", "ünïcödé-tap");

    private static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);
    private static final Pattern LINE = Pattern.compile("([A-Za-z_][A-Za-z0-9_]*)=(.*)");

    private final Path envFile;
    private final Map<String, String> env;

    private Lab(Path envFile, Map<String, String> env) {
        this.envFile = envFile;
        this.env = env;
    }

    /** Reads the lab from {@link #DEFAULT_ENV} (or the system property {@code patchbay.lab.env}). */
    public static Lab load() {
        String prop = System.getProperty("patchbay.lab.env");
        return load(prop != null ? Path.of(prop) : DEFAULT_ENV);
    }

    /** Reads the lab from the given lab.env file. */
    public static Lab load(Path envFile) {
        List<String> lines;
        try {
            lines = Files.readAllLines(envFile, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new IllegalStateException("lab is not up: run `sudo lab/up` (" + envFile + " is missing)", e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + envFile, e);
        }
        return new Lab(envFile, parse(envFile, lines));
    }

    /** True when lab.env exists (the lab was brought up and not taken down since). */
    public static boolean isUp() {
        String prop = System.getProperty("patchbay.lab.env");
        return Files.isRegularFile(prop != null ? Path.of(prop) : DEFAULT_ENV);
    }

    static Map<String, String> parse(Path source, List<String> lines) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            Matcher m = LINE.matcher(line);
            if (!m.matches()) {
                throw new IllegalStateException(source + " line " + (i + 1)
                        + ": expected KEY=value, got: " + line);
            }
            String value = m.group(2);
            if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
                value = value.substring(1, value.length() - 1);
            }
            map.put(m.group(1), value);
        }
        return map;
    }

    private String get(String key) {
        String v = env.get(key);
        if (v == null || v.isEmpty()) {
            throw new IllegalStateException(envFile + " has no " + key + ": run `sudo lab/up` again");
        }
        return v;
    }

    public Path dir() {
        return Path.of(get("LAB_DIR"));
    }

    public String user() {
        return get("LAB_USER");
    }

    /** The ed25519 client key (the default one). */
    public Path key() {
        return Path.of(get("LAB_KEY"));
    }

    public Path keyEcdsa() {
        return Path.of(get("LAB_KEY_ECDSA"));
    }

    public Path keyRsa() {
        return Path.of(get("LAB_KEY_RSA"));
    }

    /** The ed25519 client key encrypted with {@link #keyPassphrase()}, authorized for {@link #user()}. */
    public Path keyEncrypted() {
        return Path.of(get("LAB_KEY_ENC"));
    }

    /** The passphrase of {@link #keyEncrypted()} (a lab test secret). */
    public String keyPassphrase() {
        return get("LAB_KEY_PASSPHRASE");
    }

    /** The user of the password sshd (password and keyboard-interactive through PAM). */
    public String passwordUser() {
        return get("LAB_PASS_USER");
    }

    /** The port of the password sshd on {@link #sshdAddress()}. */
    public int passwordSshdPort() {
        return port("LAB_PASS_PORT");
    }

    /** The password sshd's second port: "password" authentication only (no keyboard-interactive). */
    public int passwordOnlySshdPort() {
        return port("LAB_PASS_ONLY_PORT");
    }

    /** The password of {@link #passwordUser()} (a lab test secret). */
    public String testPassword() {
        return get("LAB_TEST_PASSWORD");
    }

    /** Address of the loopback sshd (127.0.0.1). */
    public String sshdAddress() {
        return env.getOrDefault("LAB_SSHD_ADDR", "127.0.0.1");
    }

    public int sshdPort() {
        return port("LAB_SSHD_PORT");
    }

    private int port(String key) {
        String v = get(key);
        try {
            return Integer.parseInt(v);
        } catch (NumberFormatException e) {
            throw new IllegalStateException(envFile + ": " + key + " is not a number: " + v, e);
        }
    }

    /** The loopback sshd's ed25519 host key (.pub file). */
    public Path sshdHostKeyPub() {
        return Path.of(get("LAB_SSHD_HOST_KEY_PUB"));
    }

    /** The ed25519 host key (.pub file) of the sshd inside host {@code ns}. */
    public Path hostKeyPub(String ns) {
        requireHost(ns);
        return Path.of(get("LAB_HOST_KEY_PUB_" + ns));
    }

    public Path knownHosts() {
        return Path.of(get("LAB_KNOWN_HOSTS"));
    }

    public Path sshConfig() {
        return Path.of(get("LAB_SSH_CONFIG"));
    }

    /** The simulated hosts (namespace names pblab1..pblabN, also Host aliases in ssh_config). */
    public List<String> hosts() {
        return List.of(get("LAB_HOSTS").trim().split("\\s+"));
    }

    /** The address of host {@code ns}'s br0, where its sshd listens on port 22. */
    public String address(String ns) {
        requireHost(ns);
        return get("LAB_ADDR_" + ns);
    }

    private void requireHost(String ns) {
        if (!hosts().contains(ns)) {
            throw new IllegalArgumentException("no lab host named '" + ns + "'; the lab has " + hosts());
        }
    }

    /** Where the lab's libvirtd runs, as lab/libvirt-up chose it. */
    public enum LibvirtMode {
        /** The lab's libvirtd is this machine's system daemon at qemu:///system (no other one ran). */
        SYSTEM,
        /** A libvirtd the lab did not start runs here: the lab's own runs in a mount namespace of its own. */
        PRIVATE
    }

    /** The lab libvirtd's URI, written by lab/libvirt-up: qemu:///system, or with {@code socket=} in private mode. */
    public String libvirtUri() {
        return get("LAB_LIBVIRT_URI");
    }

    public LibvirtMode libvirtMode() {
        return LibvirtMode.valueOf(get("LAB_LIBVIRT_MODE").toUpperCase(java.util.Locale.ROOT));
    }

    /** The pid file of the lab's libvirtd (another one in private mode). */
    public Path libvirtdPidFile() {
        return Path.of(get("LAB_LIBVIRTD_PID"));
    }

    /** The qemu.conf the lab's libvirtd reads (/etc/libvirt/qemu.conf, or the lab's own in private mode). */
    public Path libvirtQemuConf() {
        return Path.of(get("LAB_LIBVIRT_QEMU_CONF"));
    }

    /** {@code virsh -c <the lab's URI> args...} in the root namespace (no shell); stdout lines. */
    public List<String> virsh(Duration timeout, String... args) {
        List<String> cmd = new ArrayList<>(List.of("virsh", "-c", libvirtUri()));
        cmd.addAll(Arrays.asList(args));
        return run(timeout, cmd);
    }

    /**
     * {@code virsh domifstat DOMAIN DEVICE} (the guest's point of view) as counter name to value,
     * e.g. {@code rx_packets -> 12}.
     */
    public Map<String, Long> domifstat(String domain, String device) {
        Map<String, Long> out = new LinkedHashMap<>();
        for (String line : virsh(Duration.ofSeconds(20), "domifstat", domain, device)) {
            String[] w = line.trim().split("\\s+");
            if (w.length == 3 && w[0].equals(device)) {
                out.put(w[1], Long.parseLong(w[2]));
            }
        }
        if (out.isEmpty()) {
            throw new IllegalStateException("virsh domifstat " + domain + " " + device + " gave no counters");
        }
        return out;
    }

    /** The same libvirtd over SSH as pbtest (qemu+libssh://...?keyfile=...&known_hosts=...). */
    public String libvirtSshUri() {
        return get("LAB_LIBVIRT_SSH_URI");
    }

    /** The lab bridges in the root namespace (pbbr0, pbbr1): no addresses, no uplinks. */
    public List<String> bridges() {
        return List.of(get("LAB_BRIDGES").trim().split("\\s+"));
    }

    /** The libvirt network over pbbr1 (pbnet1). */
    public String libvirtNetwork() {
        return get("LAB_LIBVIRT_NETWORK");
    }

    /** The running lab guests (pbguest1 with 1 NIC, pbguest2 with 2 NICs). */
    public List<String> guests() {
        return List.of(get("LAB_GUESTS").trim().split("\\s+"));
    }

    /** The defined, shut-off lab domains for templates (pbtemplate1). */
    public List<String> templates() {
        return List.of(get("LAB_TEMPLATES").trim().split("\\s+"));
    }

    /** The Open vSwitch bridges of the lab (pbovs0, pbovs1; userspace datapath, root namespace). */
    public List<String> ovsBridges() {
        return List.of(get("LAB_OVS_BRIDGES").trim().split("\\s+"));
    }

    /** The running guest whose one vNIC is a port of pbovs0 with VLAN tag {@link #ovsTag()} (pbguest4). */
    public String ovsGuest() {
        return get("LAB_OVS_GUEST");
    }

    /** The MAC of the OVS guest's vNIC. */
    public String ovsMac() {
        return get("LAB_OVS_MAC");
    }

    /** The VLAN tag the lab gives the OVS guest's vNIC (100). */
    public int ovsTag() {
        return Integer.parseInt(get("LAB_OVS_TAG"));
    }

    /** The isolated libvirt network with DHCP (pbdhcp: dnsmasq on its bridge, no forward). */
    public String dhcpNetwork() {
        return get("LAB_DHCP_NETWORK");
    }

    /** The bridge libvirt made for {@link #dhcpNetwork()} (pbbr2, carries the network's address). */
    public String dhcpBridge() {
        return get("LAB_DHCP_BRIDGE");
    }

    /** The subnet of {@link #dhcpNetwork()} in CIDR form (198.51.100.0/24). */
    public String dhcpSubnet() {
        return get("LAB_DHCP_SUBNET");
    }

    /** The running guest whose one vNIC is on {@link #dhcpNetwork()} and keeps a lease (pbguest3). */
    public String dhcpGuest() {
        return get("LAB_DHCP_GUEST");
    }

    /** The MAC of {@link #dhcpGuest()}'s vNIC. */
    public String dhcpMac() {
        return get("LAB_DHCP_MAC");
    }

    /** The serial log of a running lab guest ({@link #guests()} or {@link #dhcpGuest()}), where it reports its NICs every second. */
    public GuestSerial guestSerial(String guest) {
        if (!guests().contains(guest) && !guest.equals(env.get("LAB_DHCP_GUEST")) && !guest.equals(env.get("LAB_OVS_GUEST"))) {
            throw new IllegalArgumentException("no lab guest named '" + guest + "'; the lab has " + guests()
                    + ", " + env.getOrDefault("LAB_DHCP_GUEST", "no DHCP guest") + " and " + env.getOrDefault("LAB_OVS_GUEST", "no OVS guest"));
        }
        return new GuestSerial(guest, Path.of(get("LAB_GUEST_SERIAL_" + guest)));
    }

    /** Runs argv in the root namespace (virsh, bridge, ip) and returns stdout lines. */
    public static List<String> runCommand(Duration timeout, String... argv) {
        return run(timeout, List.of(argv));
    }

    /** Runs argv inside namespace {@code ns} (as root) and returns its stdout lines; 10 s timeout. */
    public List<String> runInHost(String ns, String... argv) {
        return runInHost(DEFAULT_TIMEOUT, ns, argv);
    }

    /**
     * Runs {@code ip netns exec ns argv...} (an argument vector, no shell) and returns stdout
     * lines. Throws IllegalStateException naming the command when it fails or times out.
     */
    public List<String> runInHost(Duration timeout, String ns, String... argv) {
        requireHost(ns);
        if (argv.length == 0) {
            throw new IllegalArgumentException("runInHost needs a command");
        }
        List<String> cmd = new ArrayList<>(List.of("ip", "netns", "exec", ns));
        cmd.addAll(Arrays.asList(argv));
        return run(timeout, cmd);
    }

    static List<String> run(Duration timeout, List<String> cmd) {
        Process p;
        try {
            p = new ProcessBuilder(cmd).start();
            p.getOutputStream().close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + cmd, e);
        }
        CompletableFuture<String> out = CompletableFuture.supplyAsync(() -> drain(p.getInputStream()));
        CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> drain(p.getErrorStream()));
        try {
            if (!p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                p.destroyForcibly();
                throw new IllegalStateException(cmd + " did not finish within " + timeout);
            }
            String stdout = out.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            String stderr = err.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            if (p.exitValue() != 0) {
                throw new IllegalStateException(cmd + " exited with " + p.exitValue() + ": " + stderr.strip());
            }
            return stdout.lines().toList();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            p.destroyForcibly();
            throw new IllegalStateException("interrupted while running " + cmd, e);
        } catch (ExecutionException | TimeoutException e) {
            p.destroyForcibly();
            throw new IllegalStateException("cannot read the output of " + cmd, e);
        }
    }

    private static String drain(InputStream in) {
        try (in) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
