package io.patchbay.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The seed and the peer corpus, read-only test data kept in the repository under
 * src/test/resources: {@code seed/} (the RHV vNIC chapter and its two sample outputs) and
 * {@code corpus/} ({@code insights-core/}, {@code libvirt-domain-xml/}); each folder's README.md
 * names its source and licence.
 */
public final class Shared {
    private Shared() {
    }

    /** The test classpath folder that holds {@code seed/} and {@code corpus/}. */
    public static Path root() {
        URL seed = Shared.class.getResource("/seed");
        if (seed == null) {
            throw new IllegalStateException("test resource folder seed/ not on the test classpath"
                    + " (it lives in src/test/resources/seed)");
        }
        try {
            return Path.of(seed.toURI()).getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A file of the seed, e.g. {@code rhev-host-01.ip-addr-show.txt}. */
    public static Path seed(String file) {
        return root().resolve("seed").resolve(file);
    }

    /** A file of the insights-core corpus, e.g. {@code corpus("ip", "IP_ADDR_TEST.txt")}. */
    public static Path corpus(String folder, String file) {
        return root().resolve("corpus").resolve("insights-core").resolve(folder).resolve(file);
    }

    public static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
