package io.patchbay.layout;

/**
 * Sorts node numbers by a double key, keeping the order of equal keys (a merge sort on primitives).
 * Keys are positions or coordinates: never NaN.
 */
final class StableSort {
    private static final int SMALL = 12;

    private StableSort() {
    }

    /** Sorts {@code items[0..n)} and {@code keys[0..n)} together by key, ascending, stable. */
    static void byKey(int[] items, double[] keys, int n) {
        if (n < 2) {
            return;
        }
        sort(items, keys, new int[n], new double[n], 0, n);
    }

    private static void sort(int[] items, double[] keys, int[] ti, double[] tk, int lo, int hi) {
        if (hi - lo <= SMALL) {
            for (int i = lo + 1; i < hi; i++) {
                int item = items[i];
                double key = keys[i];
                int j = i - 1;
                while (j >= lo && keys[j] > key) {
                    items[j + 1] = items[j];
                    keys[j + 1] = keys[j];
                    j--;
                }
                items[j + 1] = item;
                keys[j + 1] = key;
            }
            return;
        }
        int mid = (lo + hi) >>> 1;
        sort(items, keys, ti, tk, lo, mid);
        sort(items, keys, ti, tk, mid, hi);
        if (keys[mid - 1] <= keys[mid]) {
            return;
        }
        int i = lo;
        int j = mid;
        int k = lo;
        while (i < mid && j < hi) {
            if (keys[i] <= keys[j]) {
                ti[k] = items[i];
                tk[k++] = keys[i++];
            } else {
                ti[k] = items[j];
                tk[k++] = keys[j++];
            }
        }
        while (i < mid) {
            ti[k] = items[i];
            tk[k++] = keys[i++];
        }
        while (j < hi) {
            ti[k] = items[j];
            tk[k++] = keys[j++];
        }
        System.arraycopy(ti, lo, items, lo, hi - lo);
        System.arraycopy(tk, lo, keys, lo, hi - lo);
    }
}
