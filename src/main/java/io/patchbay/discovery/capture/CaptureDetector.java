package io.patchbay.discovery.capture;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import io.patchbay.core.PatchbayException;
import io.patchbay.core.Sentence;
import io.patchbay.discovery.parse.BridgeVlanTextParser;
import java.io.IOException;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Tells what a saved output is from its content alone (never from the file name). Looks only at
 * the start of the text: the first device objects of a JSON array, the root element of an XML
 * document, the first lines of a text output. A host name is never guessed here: a single word
 * is only taken as one at its known place in a sosreport.
 */
public final class CaptureDetector {
    private static final JsonFactory JSON = JsonFactory.builder()
            .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .build();
    /** JSON objects looked at before giving up on telling ip from bridge output. */
    private static final int JSON_OBJECTS_TO_SNIFF = 16;
    /**
     * Non-blank text lines looked at: ip output may start with a little noise ("Message
     * truncated"), but a document that quotes an output further down is no capture.
     */
    private static final int LINES_TO_SNIFF = 5;
    /** "2: eth0: <BROADCAST,...>", "5: bond1.57@bond1: <...>", and ip -o link. */
    private static final Pattern IP_LINK_HEADER = Pattern.compile("^\\d+:\\s+\\S+:\\s+<[^>]*>.*");
    /** ip -o addr: "2: eth0    inet 10.0.0.1/24 ...". */
    private static final Pattern IP_ONELINE_ADDR = Pattern.compile("^\\d+:\\s+\\S+\\s+inet6?\\s+\\S+.*");
    private static final Pattern VIRSH_HEADER = Pattern.compile("^\\s*Id\\s+Name\\s+State\\s*$");
    private static final Pattern BRCTL_HEADER = Pattern.compile("^bridge name\\s+bridge id\\b.*");
    /** ovs-vsctl show starts with the switch's UUID alone on its line. */
    private static final Pattern OVS_SHOW_FIRST =
            Pattern.compile("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$");
    /** ovs-appctl bond/show: "---- bond0 ----". */
    private static final Pattern OVS_BOND_HEADER = Pattern.compile("^---- \\S+ ----$");
    private static final Pattern BONDING_LINE =
            Pattern.compile("^(Ethernet Channel Bonding Driver:|Bonding Mode:).*");

    private CaptureDetector() {
    }

    /**
     * @param file how to name the file in the error, e.g. "capture/ip-link.json"
     * @throws PatchbayException BAD_INPUT when the content is none of the known outputs
     */
    public static CaptureKind detect(String text, String file) throws PatchbayException {
        return recognise(text).orElseThrow(() -> new PatchbayException(PatchbayException.Reason.BAD_INPUT,
                Sentence.of("capture.notRecognised", file)));
    }

    /** The kind of output {@code text} is, or empty when it is none of them (or blank). */
    public static Optional<CaptureKind> recognise(String text) {
        int start = firstNonWhitespace(text);
        if (start < 0) {
            return Optional.empty();
        }
        char first = text.charAt(start);
        if (first == '[') {
            return Optional.ofNullable(jsonKind(text));
        }
        if (first == '{') {
            return Optional.ofNullable(ovsdbKind(text));
        }
        if (first == '<') {
            return Optional.ofNullable(xmlKind(text, start));
        }
        return Optional.ofNullable(textKind(text));
    }

    /** ip (objects with operstate, link_type or addr_info) versus bridge (ports with master or state). */
    private static CaptureKind jsonKind(String text) {
        try (JsonParser p = JSON.createParser(text)) {
            if (p.nextToken() != JsonToken.START_ARRAY) {
                return null;
            }
            for (int seen = 0; seen < JSON_OBJECTS_TO_SNIFF; seen++) {
                JsonToken t = p.nextToken();
                if (t == JsonToken.END_ARRAY) {
                    // "[]": no devices; both parsers read it as nothing, ip is the common case
                    return CaptureKind.IP_JSON;
                }
                if (t != JsonToken.START_OBJECT) {
                    return null;
                }
                Set<String> fields = new HashSet<>();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    fields.add(p.currentName());
                    p.nextToken();
                    p.skipChildren();
                }
                if (fields.isEmpty()) {
                    continue; // older iproute2 prints {} for devices an address filter left out
                }
                if (!fields.contains("ifname")) {
                    return null;
                }
                if (fields.contains("vlans")) {
                    return CaptureKind.BRIDGE_VLAN_JSON;
                }
                if (fields.contains("addr_info") || fields.contains("operstate") || fields.contains("link_type")) {
                    return CaptureKind.IP_JSON;
                }
                if (fields.contains("master") || fields.contains("state")) {
                    return CaptureKind.BRIDGE_JSON;
                }
                return fields.contains("flags") ? CaptureKind.IP_JSON : null;
            }
            return null;
        } catch (IOException e) {
            // broken JSON that starts like an ip -j array: let its parser name the place of the damage
            return text.contains("\"ifname\"") ? CaptureKind.IP_JSON : null;
        }
    }

    /**
     * ovs-vsctl -f json list: an object whose first field is "data" or "headings"; iproute2 4.x's
     * bridge -j vlan show: an object whose first field is a port name holding an array of
     * {"vlan": N} objects.
     */
    private static CaptureKind ovsdbKind(String text) {
        try (JsonParser p = JSON.createParser(text)) {
            if (p.nextToken() != JsonToken.START_OBJECT || p.nextToken() != JsonToken.FIELD_NAME) {
                return null;
            }
            String field = p.currentName();
            if ("data".equals(field) || "headings".equals(field)) {
                return CaptureKind.OVSDB_JSON;
            }
            boolean vlanList = p.nextToken() == JsonToken.START_ARRAY && p.nextToken() == JsonToken.START_OBJECT
                    && p.nextToken() == JsonToken.FIELD_NAME && "vlan".equals(p.currentName());
            return vlanList ? CaptureKind.BRIDGE_VLAN_JSON : null;
        } catch (IOException e) {
            return text.contains("\"headings\"") ? CaptureKind.OVSDB_JSON : null;
        }
    }

    /** The root element's name, skipping the XML declaration, comments, processing instructions and a DOCTYPE. */
    private static CaptureKind xmlKind(String text, int from) {
        int i = from;
        int n = text.length();
        while (i < n) {
            i = skipWhitespace(text, i);
            if (text.startsWith("<?", i)) {
                i = after(text, "?>", i);
            } else if (text.startsWith("<!--", i)) {
                i = after(text, "-->", i);
            } else if (text.startsWith("<!DOCTYPE", i)) {
                i = afterDoctype(text, i);
            } else if (text.startsWith("<", i)) {
                int end = i + 1;
                while (end < n && !Character.isWhitespace(text.charAt(end)) && text.charAt(end) != '>'
                        && text.charAt(end) != '/') {
                    end++;
                }
                String root = text.substring(i + 1, end);
                if ("domain".equals(root)) {
                    return CaptureKind.DOMAIN_XML;
                }
                if ("network".equals(root) || "networkstatus".equals(root)) {
                    return CaptureKind.NETWORK_XML;
                }
                return "domstatus".equals(root) ? CaptureKind.DOMSTATUS_XML : null;
            } else {
                return null;
            }
            if (i < 0) {
                return null;
            }
        }
        return null;
    }

    private static CaptureKind textKind(String text) {
        int seen = 0;
        for (Iterator<String> lines = text.lines().iterator(); lines.hasNext();) {
            String line = lines.next();
            if (line.isBlank()) {
                continue;
            }
            if (seen == 0 && BRCTL_HEADER.matcher(line).matches()) {
                return CaptureKind.BRCTL_SHOW;
            }
            if (seen == 0 && OVS_SHOW_FIRST.matcher(line).matches()) {
                return CaptureKind.OVS_SHOW;
            }
            if (seen == 0 && OVS_BOND_HEADER.matcher(line).matches()) {
                return CaptureKind.OVS_BOND_SHOW;
            }
            if (seen == 0 && BridgeVlanTextParser.looksLike(line)) {
                return CaptureKind.BRIDGE_VLAN_TEXT;
            }
            if (seen == 0 && VIRSH_HEADER.matcher(line).matches()) {
                return CaptureKind.VIRSH_LIST;
            }
            if (BONDING_LINE.matcher(line).matches()) {
                return CaptureKind.BONDING;
            }
            if (IP_LINK_HEADER.matcher(line).matches() || IP_ONELINE_ADDR.matcher(line).matches()) {
                return CaptureKind.IP_TEXT;
            }
            if (++seen >= LINES_TO_SNIFF) {
                return null;
            }
        }
        return null;
    }

    private static int firstNonWhitespace(String text) {
        int i = skipWhitespace(text, 0);
        return i < text.length() ? i : -1;
    }

    private static int skipWhitespace(String text, int from) {
        int i = from;
        // a UTF-8 byte order mark counts as white space here
        while (i < text.length() && (Character.isWhitespace(text.charAt(i)) || text.charAt(i) == '\uFEFF')) {
            i++;
        }
        return i;
    }

    /** The index after {@code end} found from {@code from}, or -1. */
    private static int after(String text, String end, int from) {
        int at = text.indexOf(end, from);
        return at < 0 ? -1 : at + end.length();
    }

    /** The index after a DOCTYPE declaration, internal subset included, or -1. */
    private static int afterDoctype(String text, int from) {
        int depth = 0;
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '[') {
                depth++;
            } else if (c == ']') {
                depth--;
            } else if (c == '>' && depth <= 0) {
                return i + 1;
            }
        }
        return -1;
    }
}
