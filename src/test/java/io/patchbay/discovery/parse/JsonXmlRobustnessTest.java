package io.patchbay.discovery.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import io.patchbay.testsupport.Shared;
import io.patchbay.testsupport.TestCaptures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every prefix of the real captures, and every corpus and seed file, through every JSON/XML
 * parser: each gives a result or a ParseException naming its origin; nothing else escapes.
 */
class JsonXmlRobustnessTest {
    private static final List<OutputParser> PARSERS =
            List.of(new IpJsonParser(), new BridgeJsonParser(), new DomainXmlParser(), new HostnameParser());

    private static List<String> inputs() throws IOException {
        List<String> texts = new ArrayList<>();
        for (String f : List.of("json/ip-j-d-link.json", "json/ip-j-p-d-s-link.json", "json/ip-j-addr.json",
                "json/bridge-j-link.json", "json/bond-vlan-transcribed-ip-j-d-link.json",
                "sosreport-lab/var/run/libvirt/qemu/db1.xml", "sosreport-lab/etc/libvirt/qemu/web1.xml")) {
            texts.add(TestCaptures.read(f));
        }
        try (Stream<Path> corpus = Files.walk(Shared.root().resolve("corpus"))) {
            for (Path p : corpus.filter(Files::isRegularFile).collect(Collectors.toList())) {
                texts.add(Shared.read(p));
            }
        }
        try (Stream<Path> seed = Files.list(Shared.root().resolve("seed"))) {
            for (Path p : seed.filter(Files::isRegularFile).collect(Collectors.toList())) {
                texts.add(Shared.read(p));
            }
        }
        return texts;
    }

    @Test
    void everyPrefixIsAResultOrAParseException() throws IOException {
        int runs = 0;
        for (String text : inputs()) {
            int step = Math.max(1, text.length() / 150);
            for (int end = 0; end <= text.length(); end += step) {
                String prefix = text.substring(0, end);
                for (OutputParser parser : PARSERS) {
                    runs++;
                    assertThatCode(() -> {
                        try {
                            parser.parse(prefix, "capture cut");
                        } catch (ParseException e) {
                            assertThat(e.getMessage()).startsWith("capture cut");
                        }
                    }).as("%s on %d chars of %.40s", parser.getClass().getSimpleName(), end, text)
                            .doesNotThrowAnyException();
                }
            }
        }
        assertThat(runs).isGreaterThan(10_000);
    }
}
