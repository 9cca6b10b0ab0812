package io.patchbay.discovery.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.patchbay.testsupport.Shared;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

/** Shared inputs of the text parser tests: captures, the recognition matrix, hostile input. */
final class TextSamples {
    /** What a sample really is, for the content sniffs. */
    enum Kind { IP, BRCTL, BONDING, VIRSH, NONE }

    /** One file with what it is. */
    record Sample(String name, String text, Kind kind) {
        @Override
        public String toString() {
            return name;
        }
    }

    /** Device names that must come out verbatim (shell and option look-alikes, quotes, non-ASCII). */
    static final List<String> HOSTILE_NAMES = List.of("$(id>x)", "a;b", "-rf", "x'y", "ü");

    private TextSamples() {
    }

    /** A capture under src/test/resources/captures/text. */
    static String capture(String file) {
        return Shared.read(capturePath(file));
    }

    static Path capturePath(String file) {
        URL url = TextSamples.class.getResource("/captures/text/" + file);
        assertThat(url).as("test resource captures/text/" + file).isNotNull();
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static String corpus(String folder, String file) {
        return Shared.read(Shared.corpus(folder, file));
    }

    /** Every seed, corpus and capture file with what it really is. */
    static List<Sample> all() {
        List<Sample> out = new ArrayList<>();
        addFolder(out, Shared.root().resolve("seed"), "seed/");
        for (String folder : List.of("ip", "brctl_show", "bond", "virsh_list_all", "qemu_xml")) {
            addFolder(out, Shared.root().resolve("corpus").resolve("insights-core").resolve(folder), folder + "/");
        }
        addFolder(out, capturePath("README.md").getParent(), "captures/");
        return out;
    }

    private static void addFolder(List<Sample> out, Path dir, String prefix) {
        try (Stream<Path> files = Files.list(dir)) {
            files.sorted().forEach(p -> {
                String name = prefix + p.getFileName();
                if (!name.endsWith("README.md")) {
                    out.add(new Sample(name, Shared.read(p), kindOf(name)));
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Kind kindOf(String name) {
        if (name.endsWith("BONDINFO_CORRUPT.txt") || name.endsWith("virsh_list_all/ERROR.txt")
                || name.endsWith(".json") || name.endsWith(".ja.txt") || name.startsWith("qemu_xml/")) {
            return Kind.NONE;
        }
        if (name.startsWith("ip/") || name.endsWith("ip-addr-show.txt") || name.contains(".ip-")) {
            return Kind.IP;
        }
        if (name.startsWith("brctl_show/") || name.contains("brctl-show")) {
            return Kind.BRCTL;
        }
        if (name.startsWith("bond/")) {
            return Kind.BONDING;
        }
        if (name.startsWith("virsh_list_all/")) {
            return Kind.VIRSH;
        }
        throw new IllegalStateException("no expected kind for sample " + name);
    }

    /** Garbage, binary and huge inputs: every parser must return or throw ParseException on them. */
    static List<String> hostileInputs() {
        Random random = new Random(20240611L);
        byte[] bytes = new byte[64 * 1024];
        random.nextBytes(bytes);
        List<String> out = new ArrayList<>();
        out.add(new String(bytes, StandardCharsets.ISO_8859_1));
        out.add(new String(bytes, StandardCharsets.UTF_8));
        out.add("\u0000\u0001\u0002\n\u0000: \u0000: <\u0000>\n");
        out.add("A".repeat(1 << 20));
        out.add("1: " + "x".repeat(1 << 20) + ": <UP> mtu 1500");
        out.add("1: lo: <" + ",".repeat(1 << 20) + "> mtu " + "9".repeat(1000));
        out.add("9".repeat(1 << 20) + ": eth0: <UP> mtu 1500");
        out.add(":".repeat(1 << 20));
        out.add(" \t".repeat(1 << 19) + "x");
        out.add("\n".repeat(1 << 16));
        out.add("bridge name\tbridge id\tSTP enabled\tinterfaces\n" + "\t".repeat(1 << 20) + "port");
        out.add("Bonding Mode: " + "(".repeat(1 << 20));
        out.add("Id Name State\n" + "-".repeat(1 << 20) + "\n 1 " + " x".repeat(1 << 19) + " running");
        out.add("[{\"ifindex\":1,\"ifname\":\"lo\"}]");
        out.add("<domain type='kvm'><name>x</name></domain>");
        for (String name : HOSTILE_NAMES) {
            out.add("1: " + name + ": <UP> mtu 1500 master " + name + "\n    link/ether " + name);
            out.add(name + "\n" + name + ": " + name);
        }
        return out;
    }

    /** The parser either returns an observation or throws a ParseException naming the origin; never anything else, never a hang. */
    static void assertResultOrParseException(OutputParser parser, String text) {
        Throwable thrown = assertTimeoutPreemptively(Duration.ofSeconds(20),
                () -> catchThrowable(() -> assertThat(parser.parse(text, "hostile input")).isNotNull()));
        if (thrown != null) {
            assertThat(thrown).isInstanceOf(ParseException.class).hasMessageStartingWith("hostile input");
        }
    }
}
