package io.patchbay.layout;

import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;

/**
 * Orders the nodes within each row of one host, on node numbers ({@link NodeIndex}) and positions
 * in a {@code double[]}: by key, then median sweeps and sifting of the lowest short row (fresh), or
 * like a previous layout (stable). A position is {@code (i + 0.5) / n} for the i-th of n nodes.
 */
final class RowOrder {
    private static final int SWEEPS = 6;
    /** Rows up to this size are improved by sifting. */
    private static final int SIFT_ROW = 16;
    private static final int ROWS = Layer.values().length;
    private final NodeIndex g;
    private final double[] pos;
    private final Map<Integer, double[]> slots = new HashMap<>();
    private double[] keys = new double[16];
    private double[] ends = new double[16];
    private double[] endsTmp = new double[16];

    RowOrder(NodeIndex g) {
        this.g = g;
        pos = new double[g.size()];
        Arrays.fill(pos, Double.NaN);
    }

    /** Initial order by key, then barycenter sweeps down and up, ending with a median sweep down and sifting. */
    void fresh(int[][] rows) {
        for (int[] row : rows) {
            sortByKey(row);
            normalise(row);
        }
        for (int s = 0; s < SWEEPS; s++) {
            if (s % 2 == 0) {
                for (int r = 1; r < ROWS; r++) {
                    sortBy(rows[r], g.up, false);
                }
            } else {
                for (int r = ROWS - 2; r >= 0; r--) {
                    sortBy(rows[r], g.down, false);
                }
            }
        }
        // the last sweep takes the median: a VM with vNICs on two bridges stays by the first
        for (int r = 1; r < ROWS; r++) {
            sortBy(rows[r], g.up, true);
        }
        sift(rows);
    }

    private void sortByKey(int[] row) {
        Integer[] boxed = new Integer[row.length];
        for (int i = 0; i < row.length; i++) {
            boxed[i] = row[i];
        }
        Arrays.sort(boxed, Comparator.comparing(i -> g.node(i).key(), NaturalOrder.INSTANCE));
        for (int i = 0; i < row.length; i++) {
            row[i] = boxed[i];
        }
    }

    /**
     * Sifting on the lowest short row (usually the bridges): each node tries every place in its
     * row, the rows below follow by a median sweep, and the place with the fewest crossings wins;
     * the rows above then follow it. This is what puts two bridges that share VMs side by side.
     * A trial stops counting as soon as it cannot beat the best so far.
     */
    private void sift(int[][] rows) {
        for (int r = ROWS - 2; r >= 0; r--) {
            int[] row = rows[r];
            if (row.length < 3 || row.length > SIFT_ROW) {
                continue;
            }
            long best = trial(rows, r, false, Long.MAX_VALUE);
            if (best == 0) {
                return;
            }
            int[] rest = new int[row.length - 1];
            for (int n : row.clone()) {
                int from = indexOf(row, n);
                int bestAt = from;
                remove(row, from, rest);
                for (int at = 0; at <= rest.length; at++) {
                    if (at == from) {
                        continue;
                    }
                    insert(rest, n, at, row);
                    long c = trial(rows, r, false, best);
                    if (c < best) {
                        best = c;
                        bestAt = at;
                    }
                }
                insert(rest, n, bestAt, row);
            }
            trial(rows, r, true, Long.MAX_VALUE);
            // the short rows above follow the sifted one
            for (int u = r - 1; u >= 0; u--) {
                sortBy(rows[u], g.down, false);
            }
            return;
        }
    }

    /**
     * Crossings from row {@code r} down after the rows below follow row {@code r} by a median sweep;
     * {@code keep} keeps their new order, otherwise counting stops once it reaches {@code bound}.
     */
    private long trial(int[][] rows, int r, boolean keep, long bound) {
        normalise(rows[r]);
        long c = r >= 1 ? crossingsAbove(rows[r]) : 0;
        for (int i = r + 1; i < ROWS && (keep || c < bound); i++) {
            int[] work = keep ? rows[i] : rows[i].clone();
            sortBy(work, g.up, true);
            c += crossingsAbove(work);
        }
        // no need to restore the positions of the rows below: sortBy takes a row's positions
        // before the sort from its order, and nothing else reads them before they are set again
        return c;
    }

    /**
     * Crossings of the edges that end in {@code row} from above, from the order alone: walking the
     * row left to right with each node's upper ends in order, every pair of ends out of order is a
     * crossing (counted by a merge sort).
     */
    private long crossingsAbove(int[] row) {
        int m = 0;
        for (int v : row) {
            m += g.up[v].length;
        }
        if (ends.length < m) {
            ends = new double[m];
            endsTmp = new double[m];
        }
        int k = 0;
        for (int v : row) {
            int start = k;
            for (int u : g.up[v]) {
                double a = pos[u];
                int j = k++;
                while (j > start && ends[j - 1] > a) {
                    ends[j] = ends[j - 1];
                    j--;
                }
                ends[j] = a;
            }
        }
        return inversions(ends, endsTmp, 0, m);
    }

    private static long inversions(double[] a, double[] tmp, int lo, int hi) {
        if (hi - lo < 2) {
            return 0;
        }
        int mid = (lo + hi) >>> 1;
        long c = inversions(a, tmp, lo, mid) + inversions(a, tmp, mid, hi);
        if (a[mid - 1] <= a[mid]) {
            return c;
        }
        int i = lo;
        int j = mid;
        int k = lo;
        while (i < mid && j < hi) {
            if (a[i] <= a[j]) {
                tmp[k++] = a[i++];
            } else {
                c += mid - i;
                tmp[k++] = a[j++];
            }
        }
        while (i < mid) {
            tmp[k++] = a[i++];
        }
        while (j < hi) {
            tmp[k++] = a[j++];
        }
        System.arraycopy(tmp, lo, a, lo, hi - lo);
        return c;
    }

    private void normalise(int[] row) {
        double[] at = slots(row.length);
        for (int i = 0; i < row.length; i++) {
            pos[row[i]] = at[i];
        }
    }

    /** The positions of the places of a row of {@code n}: {@code (i + 0.5) / n}, computed once per size. */
    private double[] slots(int n) {
        double[] at = slots.get(n);
        if (at == null) {
            at = new double[n];
            for (int i = 0; i < n; i++) {
                at[i] = (i + 0.5) / n;
            }
            slots.put(n, at);
        }
        return at;
    }

    /**
     * Sorts a row by its nodes' mean (or lower median) neighbour position; ties keep their order,
     * and a node without neighbours keeps its own position.
     */
    private void sortBy(int[] row, int[][] neighbours, boolean median) {
        int n = row.length;
        if (n < 2) {
            return;
        }
        if (keys.length < n) {
            keys = new double[n];
        }
        double[] before = slots(n);
        for (int i = 0; i < n; i++) {
            int v = row[i];
            double m = median ? median(neighbours[v], pos) : mean(neighbours[v], pos);
            keys[i] = Double.isNaN(m) ? before[i] : m;
        }
        StableSort.byKey(row, keys, n);
        normalise(row);
    }

    /** Known nodes keep the order they had; new nodes go to the barycenter of their neighbours. */
    void like(int[][] rows, Layout previous) {
        double[] at = new double[g.size()];
        Arrays.fill(at, Double.NaN);
        for (int[] row : rows) {
            for (int v : row) {
                NodeBox b = previous.nodes().get(g.node(v).id());
                if (b != null) {
                    at[v] = b.centerX();
                }
            }
        }
        for (int pass = 0; pass < 2; pass++) {
            for (int[] row : rows) {
                for (int v : row) {
                    if (Double.isNaN(at[v])) {
                        double b = mean(g.up[v], at);
                        if (Double.isNaN(b)) {
                            b = mean(g.down[v], at);
                        }
                        if (!Double.isNaN(b)) {
                            at[v] = b + 0.001;
                        }
                    }
                }
            }
        }
        Comparator<Integer> order = Comparator.<Integer>comparingDouble(v -> Double.isNaN(at[v]) ? Double.MAX_VALUE : at[v])
                .thenComparing(v -> g.node(v).key(), NaturalOrder.INSTANCE);
        for (int[] row : rows) {
            Integer[] boxed = new Integer[row.length];
            for (int i = 0; i < row.length; i++) {
                boxed[i] = row[i];
            }
            Arrays.sort(boxed, order);
            for (int i = 0; i < row.length; i++) {
                row[i] = boxed[i];
            }
        }
    }

    /** The mean of the known values of {@code ids}, NaN when none is known. */
    static double mean(int[] ids, double[] values) {
        double sum = 0;
        int n = 0;
        for (int id : ids) {
            double v = values[id];
            if (!Double.isNaN(v)) {
                sum += v;
                n++;
            }
        }
        return n == 0 ? Double.NaN : sum / n;
    }

    /**
     * The lower median of the known values of {@code ids} (NaN when none is known): a VM with vNICs
     * on two bridges goes to the first of them instead of between the two, which keeps its long
     * edge from crossing a whole group.
     */
    static double median(int[] ids, double[] values) {
        if (ids.length == 0) {
            return Double.NaN;
        }
        if (ids.length == 1) {
            return values[ids[0]];
        }
        double[] v = new double[ids.length];
        int n = 0;
        for (int id : ids) {
            double x = values[id];
            if (!Double.isNaN(x)) {
                v[n++] = x;
            }
        }
        if (n == 0) {
            return Double.NaN;
        }
        Arrays.sort(v, 0, n);
        return v[(n - 1) / 2];
    }

    private static int indexOf(int[] row, int n) {
        for (int i = 0; i < row.length; i++) {
            if (row[i] == n) {
                return i;
            }
        }
        return -1;
    }

    private static void remove(int[] row, int at, int[] rest) {
        System.arraycopy(row, 0, rest, 0, at);
        System.arraycopy(row, at + 1, rest, at, rest.length - at);
    }

    private static void insert(int[] rest, int n, int at, int[] row) {
        System.arraycopy(rest, 0, row, 0, at);
        row[at] = n;
        System.arraycopy(rest, at, row, at + 1, rest.length - at);
    }
}
