package io.patchbay.core;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * A sentence for people as a key and its arguments. The command line's English is
 * {@code io/patchbay/core/messages.properties} (a plain bundle: {@link String#format} patterns, words of the
 * command line); the console renders the same key from its own bundles in words about the window. A sentence
 * without a key ({@link #plain}) is text that has no key yet and is shown as it is.
 *
 * @param key  a key of the core bundle, or null for plain text
 * @param args the pattern's arguments (for plain text: the text)
 */
public record Sentence(String key, List<Object> args) {
    private static final String BUNDLE = "io.patchbay.core.messages";

    public Sentence {
        args = Collections.unmodifiableList(new ArrayList<>(args)); // arguments may be null (shown as "null")
    }

    public static Sentence of(String key, Object... args) {
        if (key == null) {
            throw new IllegalArgumentException("a sentence needs a key");
        }
        return new Sentence(key, java.util.Arrays.asList(args));
    }

    /** Text without a key, shown as it is everywhere. */
    public static Sentence plain(String text) {
        return new Sentence(null, java.util.Arrays.asList((Object) text));
    }

    public boolean keyed() {
        return key != null;
    }

    /** The command line's English. */
    public String english() {
        if (key == null) {
            return String.valueOf(args.get(0));
        }
        Object[] shown = args.stream().map(a -> a instanceof Sentence inner ? inner.english() : a).toArray();
        return String.format(Locale.ROOT, bundle().getString(key), shown);
    }

    /** The core bundle (English, the command line's words). */
    public static ResourceBundle bundle() {
        return ResourceBundle.getBundle(BUNDLE, Locale.ROOT,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

}
