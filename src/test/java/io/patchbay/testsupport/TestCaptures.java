package io.patchbay.testsupport;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;

/** The captures under src/test/resources/captures (see the README there). */
public final class TestCaptures {
    private TestCaptures() {
    }

    public static Path path(String relative) {
        URL url = TestCaptures.class.getResource("/captures/" + relative);
        if (url == null) {
            throw new IllegalStateException("test capture not found: captures/" + relative);
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String read(String relative) {
        return Shared.read(path(relative));
    }
}
