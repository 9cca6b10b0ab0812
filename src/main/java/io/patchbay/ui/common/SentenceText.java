package io.patchbay.ui.common;

import io.patchbay.core.PatchbayException;
import io.patchbay.core.Sentence;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The console's words for a {@link Sentence} of the application core: the key {@code core.KEY} of the console's
 * string bundle (English or Japanese, about the window, never naming command-line options). A sentence without a
 * key (text the core has no key for yet) is shown as it is.
 */
public final class SentenceText {
    /** The prefix of the core's keys in the console's bundles. */
    public static final String PREFIX = "core.";

    private SentenceText() {
    }

    public static String of(Sentence s) {
        return of(s, Fxml.strings());
    }

    public static String of(Sentence s, ResourceBundle strings) {
        if (!s.keyed()) {
            return s.english();
        }
        String pattern;
        try {
            pattern = strings.getString(PREFIX + s.key());
        } catch (MissingResourceException e) {
            return s.english(); // a key the console has no words for yet (BundleCompletenessTest keeps this rare)
        }
        Object[] shown = s.args().stream().map(a -> a instanceof Sentence inner ? of(inner, strings) : a).toArray();
        return String.format(strings.getLocale() == null ? Locale.ROOT : strings.getLocale(), pattern, shown);
    }

    /** What to tell the user about a failure: the core's sentence in the console's words, else the exception. */
    public static String error(Throwable e) {
        return error(e, Fxml.strings());
    }

    public static String error(Throwable e, ResourceBundle strings) {
        if (e instanceof PatchbayException p) {
            return of(p.sentence(), strings);
        }
        if (e instanceof IllegalArgumentException && e.getCause() instanceof PatchbayException p) {
            return of(p.sentence(), strings);
        }
        return e.getClass().getSimpleName() + ": " + e.getMessage();
    }
}
