package io.patchbay.export;

import io.patchbay.layout.EdgeRoute;
import io.patchbay.layout.GraphSubject;
import io.patchbay.layout.HostFrame;
import io.patchbay.layout.Layout;
import io.patchbay.layout.NodeBox;
import io.patchbay.layout.Point;
import io.patchbay.layout.TopologyGraph;
import java.awt.AlphaComposite;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;

/** The graph as a PNG, drawn with java.awt (headless; no JavaFX, so the CLI can use it). */
public final class TopologyPng {
    /** The longest side an export may have, in pixels. */
    public static final int MAX_SIDE = 16384;

    private TopologyPng() {
    }

    /** The scale that draws {@code layout} at {@code wanted}, shrunk so no side exceeds {@link #MAX_SIDE}. */
    public static double scaleFor(Layout layout, double wanted) {
        double longest = Math.max(1, Math.max(layout.width(), layout.height()));
        return Math.min(wanted, MAX_SIDE / longest);
    }

    /** Pixel width and height of an export at {@code scale}. */
    public static int[] size(Layout layout, double scale) {
        return new int[] {Math.max(1, (int) Math.ceil(layout.width() * scale)), Math.max(1, (int) Math.ceil(layout.height() * scale))};
    }

    public static BufferedImage draw(TopologyGraph graph, Layout layout, double scale) {
        int[] wh = size(layout, scale);
        BufferedImage img = new BufferedImage(wh[0], wh[1], BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(Color.decode(GraphStyle.BACKGROUND));
            g.fillRect(0, 0, wh[0], wh[1]);
            g.scale(scale, scale);
            Font title = new Font(Font.SANS_SERIF, Font.BOLD, 15);
            Font bold = new Font(Font.SANS_SERIF, Font.BOLD, 12);
            Font small = new Font(Font.SANS_SERIF, Font.PLAIN, 10);
            for (HostFrame f : layout.hosts()) {
                RoundRectangle2D r = new RoundRectangle2D.Double(f.x(), f.y(), f.width(), f.height(), 14, 14);
                g.setColor(Color.decode(GraphStyle.FRAME_FILL));
                g.fill(r);
                g.setColor(Color.decode(GraphStyle.FRAME_STROKE));
                g.draw(r);
                g.setColor(Color.decode(GraphStyle.TEXT));
                g.setFont(title);
                g.drawString(SafeText.terminal(f.host()), (float) (f.x() + 14), (float) (f.y() + 22));
            }
            g.setColor(Color.decode(GraphStyle.EDGE));
            g.setStroke(new BasicStroke(1.2f));
            for (EdgeRoute e : layout.edges()) {
                Path2D p = new Path2D.Double();
                boolean first = true;
                for (Point pt : e.points()) {
                    if (first) {
                        p.moveTo(pt.x(), pt.y());
                        first = false;
                    } else {
                        p.lineTo(pt.x(), pt.y());
                    }
                }
                g.draw(p);
            }
            for (NodeBox b : layout.nodes().values()) {
                GraphSubject s = graph.subjects().get(b.id());
                if (s == null) {
                    continue;
                }
                g.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, GraphStyle.dimmed(s) ? 0.55f : 1f));
                RoundRectangle2D r = new RoundRectangle2D.Double(b.x(), b.y(), b.width(), b.height(), 12, 12);
                g.setColor(Color.decode(GraphStyle.fill(s)));
                g.fill(r);
                g.setColor(Color.decode(GraphStyle.stroke(s)));
                g.draw(r);
                g.setColor(Color.decode(GraphStyle.TEXT));
                g.setFont(bold);
                g.drawString(SafeText.terminal(s.label()), (float) (b.x() + 8), (float) (b.y() + 15));
                g.setColor(Color.decode(GraphStyle.DETAIL));
                g.setFont(small);
                g.drawString(GraphStyle.detail(s, graph.hidden().get(b.id())), (float) (b.x() + 8), (float) (b.y() + b.height() - 7));
            }
        } finally {
            g.dispose();
        }
        return img;
    }

    public static byte[] write(TopologyGraph graph, Layout layout, double scale) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(draw(graph, layout, scale), "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot encode PNG", e);
        }
        return out.toByteArray();
    }
}
