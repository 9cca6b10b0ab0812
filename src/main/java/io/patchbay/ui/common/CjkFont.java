package io.patchbay.ui.common;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.scene.text.Font;

/**
 * The font for Japanese. JavaFX 21 on Linux falls back from its "System" font only to TrueType and
 * OpenType files that fontconfig lists; the usual CJK fonts (fonts-noto-cjk) come as collections
 * (.ttc), so Japanese is drawn as boxes although JavaFX knows the family. When the console speaks
 * Japanese, the first installed family of {@link #JAPANESE} becomes the font of every window, as a
 * stylesheet of its own ({@link #stylesheet}); these families have Latin letters too.
 */
public final class CjkFont {
    /** Japanese families, preferred first: Noto (fonts-noto-cjk), Source Han, IPA, VL, Takao. */
    static final List<String> JAPANESE = List.of("Noto Sans CJK JP", "Noto Sans JP", "Source Han Sans JP",
            "IPAexGothic", "IPAGothic", "VL Gothic", "TakaoGothic");
    private static volatile Optional<String> japanese;

    private CjkFont() {
    }

    /** The family for {@code locale}'s language: empty for languages the System font draws. */
    public static Optional<String> familyFor(Locale locale) {
        if (!"ja".equals(locale.getLanguage())) {
            return Optional.empty();
        }
        Optional<String> f = japanese;
        if (f == null) {
            f = JAPANESE.stream().filter(CjkFont::installed).findFirst();
            japanese = f;
        }
        return f;
    }

    /** A stylesheet (a data URL) that sets {@code family} for every window of the console. */
    public static String stylesheet(String family) {
        String css = ".root { -fx-font-family: \"" + family.replace("\"", "") + "\"; }";
        return "data:text/css," + URLEncoder.encode(css, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** JavaFX answers an unknown family with its System font. */
    private static boolean installed(String family) {
        return family.equals(Font.font(family, 13).getFamily());
    }
}
