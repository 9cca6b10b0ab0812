package io.patchbay.newvm;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3c.dom.Element;

/**
 * The seed's rule 4 for the order in which a new VM's vNICs get their MACs: by the PCI
 * addresses of the template or snapshot when every vNIC has one; else by vNIC name (the alias,
 * compared with numbers as numbers: net2 before net10), vNICs without a name after the named
 * ones in document order. Pure.
 */
public final class VnicOrder {
    /** Which rule ordered the vNICs. */
    public enum Rule { PCI, NAME }

    /** The ordered interfaces and the rule used. */
    public record Result(Rule rule, List<Element> interfaces) {
    }

    private static final Pattern HEX = Pattern.compile("0x[0-9a-fA-F]+|[0-9]+");

    private VnicOrder() {
    }

    public static Result order(List<Element> interfaces) {
        boolean allPci = !interfaces.isEmpty() && interfaces.stream().allMatch(i -> pci(i) != null);
        List<Element> sorted = new ArrayList<>(interfaces);
        if (allPci) {
            sorted.sort(Comparator.comparingLong(VnicOrder::pciKey));
            return new Result(Rule.PCI, sorted);
        }
        // List.sort is stable: unnamed vNICs keep their document order after the named ones
        sorted.sort((a, b) -> {
            String na = name(a);
            String nb = name(b);
            if (na == null || nb == null) {
                return na == null ? (nb == null ? 0 : 1) : -1;
            }
            return naturalCompare(na, nb);
        });
        return new Result(Rule.NAME, sorted);
    }

    /** The {@code <address type='pci'>} element of an interface, or null. */
    static Element pci(Element iface) {
        Element a = DomainXml.child(iface, "address");
        return a != null && "pci".equals(a.getAttribute("type")) ? a : null;
    }

    /** domain:bus:slot.function as libvirt prints it, e.g. 0000:01:00.0, or null. */
    public static String pciText(Element iface) {
        Element a = pci(iface);
        if (a == null) {
            return null;
        }
        long k = pciKey(iface);
        return String.format("%04x:%02x:%02x.%x", k >>> 24, (k >>> 16) & 0xff, (k >>> 8) & 0xff, k & 0xff);
    }

    /** The vNIC's name: its alias. */
    public static String name(Element iface) {
        Element alias = DomainXml.child(iface, "alias");
        return alias == null || alias.getAttribute("name").isEmpty() ? null : alias.getAttribute("name");
    }

    private static long pciKey(Element iface) {
        Element a = pci(iface);
        return (number(a.getAttribute("domain")) << 24) | (number(a.getAttribute("bus")) << 16)
                | (number(a.getAttribute("slot")) << 8) | number(a.getAttribute("function"));
    }

    private static long number(String s) {
        if (s == null || s.isEmpty() || !HEX.matcher(s).matches()) {
            return 0;
        }
        return s.startsWith("0x") ? Long.parseLong(s.substring(2), 16) : Long.parseLong(s);
    }

    private static final Pattern CHUNK = Pattern.compile("\\d+|\\D+");

    static int naturalCompare(String a, String b) {
        Matcher ma = CHUNK.matcher(a);
        Matcher mb = CHUNK.matcher(b);
        while (ma.find() && mb.find()) {
            String x = ma.group();
            String y = mb.group();
            int c;
            if (Character.isDigit(x.charAt(0)) && Character.isDigit(y.charAt(0))) {
                c = new java.math.BigInteger(x).compareTo(new java.math.BigInteger(y));
            } else {
                c = x.compareTo(y);
            }
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(a.length(), b.length());
    }
}
