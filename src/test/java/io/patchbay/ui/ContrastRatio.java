package io.patchbay.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.layout.Background;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;

/**
 * WCAG 2 contrast of the colours a theme resolved to: the relative luminance of sRGB colours, and
 * the colour seen behind a node (its own and its ancestors' background fills laid over each other,
 * the window's fill at the bottom).
 */
final class ContrastRatio {
    private ContrastRatio() {
    }

    /** (L1 + 0.05) / (L2 + 0.05), the lighter over the darker: 1 to 21. */
    static double of(Color a, Color b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    static double luminance(Color c) {
        return 0.2126 * linear(c.getRed()) + 0.7152 * linear(c.getGreen()) + 0.0722 * linear(c.getBlue());
    }

    private static double linear(double v) {
        return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    }

    /** What is seen behind {@code n}'s content: every background from the scene's fill down to {@code n}'s own. */
    static Color behind(Node n) {
        List<Node> chain = new ArrayList<>();
        for (Node x = n; x != null; x = x.getParent()) {
            chain.add(0, x);
        }
        Paint sceneFill = n.getScene() == null ? null : n.getScene().getFill();
        Color seen = sceneFill instanceof Color c ? over(c, Color.WHITE) : Color.WHITE;
        for (Node x : chain) {
            if (x instanceof Region r) {
                seen = over(r.getBackground(), seen);
            }
        }
        return seen;
    }

    /** Text drawn with {@code fill} (its alpha laid over what is behind it). */
    static Color text(Paint fill, Color behind) {
        if (!(fill instanceof Color c)) {
            throw new AssertionError("the text is not drawn in one colour: " + fill);
        }
        return over(c, behind);
    }

    private static Color over(Background b, Color under) {
        Color seen = under;
        if (b != null) {
            for (BackgroundFill f : b.getFills()) {
                if (f.getFill() instanceof Color c) {
                    seen = over(c, seen);
                }
            }
        }
        return seen;
    }

    static Color over(Color top, Color under) {
        double a = top.getOpacity();
        return Color.color(top.getRed() * a + under.getRed() * (1 - a), top.getGreen() * a + under.getGreen() * (1 - a),
                top.getBlue() * a + under.getBlue() * (1 - a));
    }

}
