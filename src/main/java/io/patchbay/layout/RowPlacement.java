package io.patchbay.layout;

/**
 * x coordinates of one host's ordered rows: pack the top row, centre rows below under their
 * parents, parents over their children, then the rows below again; each row keeps its order and
 * its gaps ({@link LayeredLayout#NODE_GAP}).
 */
final class RowPlacement {
    private static final int ROWS = Layer.values().length;

    private RowPlacement() {
    }

    /** Fills {@code xs} (centres, indexed by node number) for every node of {@code rows}. */
    static void place(NodeIndex g, int[][] rows, double[] xs) {
        double x = 0;
        for (int v : rows[0]) {
            double w = g.node(v).width();
            xs[v] = x + w / 2;
            x += w + LayeredLayout.NODE_GAP;
        }
        for (int r = 1; r < ROWS; r++) {
            resolve(g, rows[r], desired(rows[r], g.up, xs), xs);
        }
        for (int r = ROWS - 2; r >= 0; r--) {
            resolve(g, rows[r], desired(rows[r], g.down, xs), xs);
        }
        for (int r = 1; r < ROWS; r++) {
            resolve(g, rows[r], desired(rows[r], g.up, xs), xs);
        }
    }

    private static double[] desired(int[] row, int[][] neighbours, double[] xs) {
        double[] d = new double[row.length];
        for (int i = 0; i < d.length; i++) {
            int v = row[i];
            double m = RowOrder.median(neighbours[v], xs);
            d[i] = Double.isNaN(m) ? xs[v] : m;
        }
        return d;
    }

    /**
     * Places a row in its order as near its desired centres as it can without overlap: the mean
     * of a left-to-right and a right-to-left packing (both keep the gaps, so their mean does too).
     */
    private static void resolve(NodeIndex g, int[] row, double[] d, double[] xs) {
        int n = row.length;
        if (n == 0) {
            return;
        }
        double[] sep = new double[n];
        for (int i = 1; i < n; i++) {
            sep[i] = (g.node(row[i - 1]).width() + g.node(row[i]).width()) / 2 + LayeredLayout.NODE_GAP;
        }
        int firstKnown = -1;
        for (int i = 0; i < n; i++) {
            if (!Double.isNaN(d[i])) {
                firstKnown = i;
                break;
            }
        }
        if (firstKnown < 0) {
            d[0] = 0;
            firstKnown = 0;
        }
        for (int i = firstKnown - 1; i >= 0; i--) {
            d[i] = d[i + 1] - sep[i + 1];
        }
        for (int i = firstKnown + 1; i < n; i++) {
            if (Double.isNaN(d[i])) {
                d[i] = d[i - 1] + sep[i];
            }
        }
        double[] f = new double[n];
        double[] b = new double[n];
        f[0] = d[0];
        for (int i = 1; i < n; i++) {
            f[i] = Math.max(d[i], f[i - 1] + sep[i]);
        }
        b[n - 1] = d[n - 1];
        for (int i = n - 2; i >= 0; i--) {
            b[i] = Math.min(d[i], b[i + 1] - sep[i + 1]);
        }
        for (int i = 0; i < n; i++) {
            xs[row[i]] = (f[i] + b[i]) / 2;
        }
    }
}
