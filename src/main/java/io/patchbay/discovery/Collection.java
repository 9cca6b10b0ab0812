package io.patchbay.discovery;

import io.patchbay.core.PatchbayException;
import io.patchbay.core.Sentence;
import io.patchbay.discovery.parse.BondingParser;
import io.patchbay.discovery.parse.BridgeJsonParser;
import io.patchbay.discovery.parse.BridgeVlanJsonParser;
import io.patchbay.discovery.parse.BrctlShowParser;
import io.patchbay.discovery.parse.IpJsonParser;
import io.patchbay.discovery.parse.IpTextParser;
import io.patchbay.discovery.parse.Observation;
import io.patchbay.discovery.parse.OvsBondShowParser;
import io.patchbay.discovery.parse.OvsDbJsonParser;
import io.patchbay.discovery.parse.OutputParser;
import io.patchbay.discovery.parse.ParseException;
import io.patchbay.model.HostTopology;
import io.patchbay.model.MachineIdentity;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The fixed, read-only collection that reads one host: the same script runs locally and as the
 * single SSH exec of a refresh. It never contains anything taken from a host or a user.
 *
 * <p>Output framing: a line {@code @@patchbay SECTION [ARG]} opens a section. Every line of a
 * text output is prefixed with {@code |}, so no output, whatever names it carries, can fake a
 * section header; JSON outputs come unprefixed, as no line of a JSON text can start with '@'.
 * {@code @@absent} marks a command the host does not have.
 */
public final class Collection {
    /**
     * The collection script (POSIX sh). JSON forms first; text forms on hosts without {@code ip -j}.
     * It starts as few processes as it can (sh, ip, bridge): on a fleet, the hosts' CPU is the cost.
     */
    public static final String SCRIPT = String.join("\n",
            "LC_ALL=C; export LC_ALL",
            "PATH=/usr/sbin:/sbin:/usr/bin:/bin:$PATH; export PATH",
            "q() { sed 's/^/|/' \"$@\"; }",
            "echo '@@patchbay hostname'",
            "if read -r h < /proc/sys/kernel/hostname; then echo \"|$h\"; else uname -n | q; fi",
            "echo '@@patchbay machine-id'",
            "if read -r m 2>/dev/null < /etc/machine-id; then echo \"|$m\"; fi",
            "echo '@@patchbay netns'",
            "if n=$(readlink /proc/self/ns/net 2>/dev/null); then echo \"|$n\"; fi",
            "if j=$(ip -j -s -d addr show 2>/dev/null) && [ -n \"$j\" ]; then",
            "  echo '@@patchbay ip-json'; printf '%s\\n' \"$j\"",
            "  if j=$(bridge -j link show 2>/dev/null); then echo '@@patchbay bridge-json'; printf '%s\\n' \"$j\"; fi",
            // VLAN-aware bridges: one more bridge, and only on hosts with a bridge that filters VLANs
            // (an iproute2 without -j for vlan prints text: only a JSON answer is passed on)
            "  for v in /sys/class/net/*/bridge/vlan_filtering; do",
            "    if [ -f \"$v\" ] && read -r n < \"$v\" && [ \"$n\" = 1 ]; then",
            "      if j=$(bridge -j vlan show 2>/dev/null); then",
            "        case $j in '['*|'{'*) echo '@@patchbay bridge-vlan-json'; printf '%s\\n' \"$j\";; esac",
            "      fi",
            "      break",
            "    fi",
            "  done",
            // SR-IOV: a link dump lists the VFs for certain; one more ip, and only on hosts with VFs
            "  for v in /sys/class/net/*/device/sriov_numvfs; do",
            "    if [ -f \"$v\" ] && read -r n < \"$v\" && [ \"$n\" != 0 ]; then",
            "      if j=$(ip -j -d link show 2>/dev/null) && [ -n \"$j\" ]; then",
            "        echo '@@patchbay ip-json-link'; printf '%s\\n' \"$j\"",
            "      fi",
            "      break",
            "    fi",
            "  done",
            "else",
            "  echo '@@patchbay ip-text-addr'; ip -d address show 2>&1 | q",
            "  echo '@@patchbay ip-text-link'; ip -s -d link show 2>&1 | q",
            "  echo '@@patchbay brctl'",
            "  if command -v brctl >/dev/null 2>&1; then brctl show 2>&1 | q; else echo '@@absent'; fi",
            "fi",
            "for f in /proc/net/bonding/*; do",
            "  [ -f \"$f\" ] || continue",
            "  echo \"@@patchbay bonding ${f##*/}\"; q \"$f\"",
            "done",
            "ovs_here=no",
            "if command -v ovs-vsctl >/dev/null 2>&1 && { [ -S /run/openvswitch/db.sock ] || [ -S /var/run/openvswitch/db.sock ]; }; then",
            // OVS's database is one per machine, whatever the network namespace: it is this
            // namespace's only when one of its bridges is a device here (else phantom bridges)
            "  if b=$(ovs-vsctl --timeout=5 list-br 2>/dev/null); then",
            "    [ -n \"$b\" ] || ovs_here=yes",
            "    for x in $b; do if ip link show dev \"$x\" >/dev/null 2>&1; then ovs_here=yes; break; fi; done",
            "  else ovs_here=yes; fi",
            "fi",
            "if [ \"$ovs_here\" = yes ]; then",
            "  for t in Bridge Port Interface; do",
            "    echo \"@@patchbay ovs-json $t\"; ovs-vsctl --timeout=5 -f json list $t 2>/dev/null",
            "  done",
            "  echo '@@patchbay ovs-bond'; ovs-appctl --timeout=5 bond/show 2>/dev/null | q",
            "fi",
            "echo '@@patchbay end'",
            "");

    /** Sections whose output is JSON, printed unprefixed: a JSON text never has a line starting with '@'. */
    private static final java.util.Set<String> RAW_JSON = java.util.Set.of("ip-json", "ip-json-link", "bridge-json",
            "bridge-vlan-json", "ovs-json");
    private static final String HEADER = "@@patchbay ";
    private static final Pattern BOND_FILE = Pattern.compile("[^/\\s]{1,15}");

    private Collection() {
    }

    /** One section of the framed output. */
    record Section(String name, String arg, String text, int firstLine) {
    }

    /** As {@link #toTopology(String, String, String, String)} with the origin "SOURCEKIND HOSTNAME". */
    public static HostTopology toTopology(String rawOutput, String hostName, String sourceKind)
            throws PatchbayException {
        return toTopology(rawOutput, hostName, sourceKind, hostName == null ? sourceKind : sourceKind + " " + hostName);
    }

    /**
     * Parses the framed output of {@link #SCRIPT} and merges it into one host.
     *
     * @param sourceKind "local" or "ssh"
     * @param origin     a short description of where it came from ("ssh pblab1", "local")
     */
    public static HostTopology toTopology(String rawOutput, String hostName, String sourceKind, String origin)
            throws PatchbayException {
        List<Observation> observations = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        String reportedName = null;
        String machineId = null;
        String netns = null;
        boolean ended = false;
        for (Section s : sections(rawOutput, origin)) {
            String where = origin + " [" + s.name() + (s.arg() == null ? "" : " " + s.arg()) + "]";
            switch (s.name()) {
                case "hostname":
                    reportedName = s.text().strip();
                    break;
                case "machine-id":
                    machineId = s.text().strip();
                    break;
                case "netns":
                    netns = s.text().strip();
                    break;
                case "ip-json":
                case "ip-json-link":
                    observations.add(parse(new IpJsonParser(), s, where));
                    break;
                case "bridge-json":
                    observations.add(parse(new BridgeJsonParser(), s, where));
                    break;
                case "bridge-vlan-json":
                    // an extra: output it cannot read costs the ports' VLANs, not the host
                    try {
                        observations.add(parse(new BridgeVlanJsonParser(), s, where));
                    } catch (PatchbayException e) {
                        warnings.add(e.getMessage() + "; the bridge ports' VLANs are not shown");
                    }
                    break;
                case "ip-text-addr":
                case "ip-text-link":
                    observations.add(parse(new IpTextParser(), s, where));
                    break;
                case "brctl":
                    if (!s.text().isBlank()) {
                        observations.add(parse(new BrctlShowParser(), s, where));
                    }
                    break;
                case "bonding":
                    if (s.arg() == null || !BOND_FILE.matcher(s.arg()).matches()) {
                        throw new PatchbayException(PatchbayException.Reason.BAD_INPUT,
                                Sentence.of("collection.bondNameMissing", where));
                    }
                    observations.add(parse(new BondingParser(s.arg()), s, where));
                    break;
                case "ovs-json":
                    if (s.text().isBlank()) {
                        warnings.add(where + ": ovs-vsctl printed nothing although Open vSwitch runs"
                                + " (no permission to read its database?); its bridges are not shown");
                    } else {
                        observations.add(parse(new OvsDbJsonParser(), s, where));
                    }
                    break;
                case "ovs-bond":
                    if (!s.text().isBlank()) {
                        observations.add(parse(new OvsBondShowParser(), s, where));
                    }
                    break;
                case "end":
                    ended = true;
                    break;
                default:
                    throw new PatchbayException(PatchbayException.Reason.BAD_INPUT,
                            Sentence.of("collection.unknownSection", origin, s.firstLine(), s.name()));
            }
        }
        if (!ended) {
            throw new PatchbayException(PatchbayException.Reason.REMOTE_FAILED,
                    Sentence.of("collection.endedEarly", origin));
        }
        if (observations.isEmpty()) {
            throw new PatchbayException(PatchbayException.Reason.BAD_INPUT, Sentence.of("collection.noInterfaces", origin));
        }
        if (!warnings.isEmpty()) {
            Observation notes = new Observation(origin);
            warnings.forEach(notes::warn);
            observations.add(notes);
        }
        String name = hostName != null ? hostName : (reportedName == null || reportedName.isEmpty() ? origin : reportedName);
        return TopologyMerger.merge(name, List.of(sourceKind), observations)
                .withMachine(MachineIdentity.reported(reportedName, machineId, netns));
    }

    private static Observation parse(OutputParser parser, Section s, String where) throws PatchbayException {
        try {
            return parser.parse(s.text(), where);
        } catch (ParseException e) {
            throw new PatchbayException(PatchbayException.Reason.BAD_INPUT, e.sentence(), e);
        }
    }

    static List<Section> sections(String raw, String origin) throws PatchbayException {
        List<Section> out = new ArrayList<>();
        String name = null;
        String arg = null;
        int first = 0;
        StringBuilder text = new StringBuilder();
        int lineNo = 0;
        int pos = 0;
        int len = raw.length();
        while (pos < len) {
            int nl = raw.indexOf('\n', pos);
            int end = nl < 0 ? len : nl;
            lineNo++;
            if (raw.startsWith(HEADER, pos)) {
                if (name != null) {
                    out.add(new Section(name, arg, text.toString(), first));
                }
                String header = raw.substring(pos + HEADER.length(), end).strip();
                int sp = header.indexOf(' ');
                name = sp < 0 ? header : header.substring(0, sp);
                arg = sp < 0 ? null : header.substring(sp + 1);
                first = lineNo + 1;
                text.setLength(0);
            } else if (raw.charAt(pos) == '|' && name != null) {
                text.append(raw, pos + 1, end).append('\n');
            } else if (name != null && RAW_JSON.contains(name) && raw.charAt(pos) != '@') {
                text.append(raw, pos, end).append('\n');
            } else if (raw.startsWith("@@absent", pos) && name != null) {
                text.setLength(0);
            } else if (end > pos) {
                String bad = raw.substring(pos, Math.min(end, pos + 60));
                throw new PatchbayException(PatchbayException.Reason.REMOTE_FAILED, Sentence.of("collection.unexpectedLine", origin,
                        lineNo, bad));
            }
            pos = end + 1;
        }
        if (name != null) {
            out.add(new Section(name, arg, text.toString(), first));
        }
        return out;
    }
}
