package io.patchbay.problems;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** A problem's sentence in a language (the JSON and the CLI use {@link Locale#ROOT}: English). */
public final class ProblemText {
    private static final String BUNDLE = "io.patchbay.problems.messages";

    private ProblemText() {
    }

    public static String of(Problem p, Locale locale) {
        ResourceBundle b = ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        MessageFormat f = new MessageFormat(b.getString(p.finding().key()), locale);
        return f.format(p.args().toArray());
    }

    public static String english(Problem p) {
        return of(p, Locale.ROOT);
    }
}
