package io.patchbay.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.IntBuffer;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.scene.control.Label;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The console in Japanese draws Japanese, not boxes: each character of a Japanese label, drawn in
 * that label's font, is a glyph of its own — a font without them draws every one as the same
 * missing-glyph box, the box a code point no font has (U+10FFFD, private use) gets. Needs a CJK font
 * (fonts-noto-cjk, installed by lab/install-deps; the package suggests it).
 */
@ExtendWith(ApplicationExtension.class)
class JapaneseGlyphsTest {
    private static final String NO_FONT_HAS_IT = new String(Character.toChars(0x10FFFD));
    private static Locale before;
    private final ConsoleFixture app = new ConsoleFixture();

    @BeforeAll
    static void japanese() {
        before = Locale.getDefault();
        Locale.setDefault(Locale.JAPANESE);
    }

    @AfterAll
    static void back() {
        Locale.setDefault(before);
    }

    @Start
    void start(Stage stage) {
        app.start(stage);
    }

    @Test
    void japaneseLabelsAreDrawnWithGlyphsNotBoxes(FxRobot robot) {
        Label hosts = robot.lookup(".pane-title").match(n -> n instanceof Label l && l.getText().equals("ホスト")).queryAs(Label.class);
        Label inspector = robot.lookup(".pane-title").match(n -> n instanceof Label l && l.getText().equals("インスペクター")).queryAs(Label.class);
        String text = hosts.getText() + inspector.getText();
        Font font = hosts.getFont();

        Map<Integer, String> drawn = new LinkedHashMap<>();
        String[] missing = new String[1];
        robot.interact(() -> {
            text.codePoints().distinct().forEach(cp -> drawn.put(cp, pixels(new String(Character.toChars(cp)), font)));
            missing[0] = pixels(NO_FONT_HAS_IT, font);
        });

        assertThat(drawn).hasSizeGreaterThanOrEqualTo(8);
        drawn.forEach((cp, image) -> assertThat(image)
                .as("U+%04X %s in %s is drawn as the missing-glyph box", cp, new String(Character.toChars(cp)), font)
                .isNotEqualTo(missing[0]));
        Set<String> distinct = drawn.values().stream().collect(Collectors.toSet());
        assertThat(distinct).as("each Japanese character has a glyph of its own in %s", font).hasSameSizeAs(drawn.values());
    }

    /** {@code s} drawn black on white in {@code font}: its size and pixels, as a comparable string. */
    private static String pixels(String s, Font font) {
        Text t = new Text(s);
        t.setFont(font);
        t.setFill(Color.BLACK);
        javafx.scene.SnapshotParameters p = new javafx.scene.SnapshotParameters();
        p.setFill(Color.WHITE);
        WritableImage img = t.snapshot(p, null);
        int w = (int) img.getWidth();
        int h = (int) img.getHeight();
        int[] argb = new int[w * h];
        img.getPixelReader().getPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), IntBuffer.wrap(argb), w);
        return w + "x" + h + ":" + java.util.Arrays.hashCode(argb) + ":" + java.util.Arrays.stream(argb).filter(px -> px != 0xffffffff).count();
    }
}
