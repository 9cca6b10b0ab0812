package io.patchbay.testsupport;

import io.patchbay.core.PatchbayException;
import io.patchbay.discovery.parse.ParseException;
import java.nio.charset.StandardCharsets;

/**
 * The property every fuzz target checks: the code under test gives a value or throws its
 * documented checked exception with a message; anything else (a runtime exception, an error, a
 * null result) escapes to Jazzer as a finding.
 */
public final class FuzzProperty {
    private FuzzProperty() {
    }

    /** The code under test, allowed to throw only the documented checked exceptions. */
    @FunctionalInterface
    public interface Target<T> {
        T run() throws ParseException, PatchbayException;
    }

    /** Fuzz bytes as the text a host would have sent (malformed UTF-8 becomes U+FFFD, as when reading a file). */
    public static String text(byte[] data) {
        return new String(data, StandardCharsets.UTF_8);
    }

    /** Runs {@code target}; a documented failure must carry a message, a success must be a value. */
    public static <T> void holds(Target<T> target) {
        T value;
        try {
            value = target.run();
        } catch (ParseException | PatchbayException e) {
            if (e.getMessage() == null || e.getMessage().isBlank()) {
                throw new AssertionError("a " + e.getClass().getSimpleName() + " without a message", e);
            }
            return;
        }
        if (value == null) {
            throw new AssertionError("null result instead of a value or a documented exception");
        }
    }
}
