package io.patchbay.ui.change;

import java.util.List;

/** A sentence for people, as a key of the string bundle and its arguments (formatted by the view). */
public record Message(String key, List<String> args) {
    public Message {
        args = List.copyOf(args);
    }

    public static Message of(String key, String... args) {
        return new Message(key, List.of(args));
    }
}
