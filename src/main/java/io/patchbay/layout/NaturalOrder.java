package io.patchbay.layout;

import java.util.Comparator;

/** Compares names the way people count: vnet2 before vnet10, eth0 before eth1. */
public final class NaturalOrder implements Comparator<String> {
    public static final NaturalOrder INSTANCE = new NaturalOrder();

    private NaturalOrder() {
    }

    @Override
    public int compare(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            char ca = a.charAt(i);
            char cb = b.charAt(j);
            if (Character.isDigit(ca) && Character.isDigit(cb)) {
                int si = i;
                int sj = j;
                while (i < a.length() && Character.isDigit(a.charAt(i))) {
                    i++;
                }
                while (j < b.length() && Character.isDigit(b.charAt(j))) {
                    j++;
                }
                int c = compareNumbers(a, si, i, b, sj, j);
                if (c != 0) {
                    return c;
                }
            } else {
                if (ca != cb) {
                    return Character.compare(ca, cb);
                }
                i++;
                j++;
            }
        }
        int c = Integer.compare(a.length() - i, b.length() - j);
        return c != 0 ? c : a.compareTo(b);
    }

    /** Compares the digit runs a[si..ei) and b[sj..ej) as numbers: leading zeros dropped, then length, then digits. */
    private static int compareNumbers(String a, int si, int ei, String b, int sj, int ej) {
        while (si < ei - 1 && a.charAt(si) == '0') {
            si++;
        }
        while (sj < ej - 1 && b.charAt(sj) == '0') {
            sj++;
        }
        int la = ei - si;
        int lb = ej - sj;
        if (la != lb) {
            return Integer.compare(la, lb);
        }
        for (int k = 0; k < la; k++) {
            char ca = a.charAt(si + k);
            char cb = b.charAt(sj + k);
            if (ca != cb) {
                return ca - cb;
            }
        }
        return 0;
    }
}
