package io.patchbay.discovery.parse;

import io.patchbay.model.BondSlave;
import io.patchbay.model.DeviceKind;
import io.patchbay.model.MacAddresses;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * {@code /proc/net/bonding/<bond>}: the bonding driver's status file. Its content does not name
 * the bond, so the parser is made for one bond name (the file's name).
 *
 * <p>On the bond: kind BOND, the mode as the kernel's short name (see {@link #shortMode}, the
 * word {@code ip -d link} prints), the currently active slave, MII status (upper case, as
 * {@code ip -d link} prints it: "UP", "DOWN") and the slaves; per slave a {@link DeviceFacts} with
 * master, MII status and permanent MAC. A slave's state
 * (active/backup) is left null: the file does not print it. A file that does not start with the
 * driver banner or "Bonding Mode:", or has no mode, is a {@link ParseException}.
 */
public final class BondingParser implements OutputParser {
    private static final String BANNER = "Ethernet Channel Bonding Driver";
    private static final String START = "the bonding driver banner 'Ethernet Channel Bonding Driver: ...' or 'Bonding Mode: ...'";

    private final String bondName;

    /** @param bondName the bond the file describes (the file name under /proc/net/bonding) */
    public BondingParser(String bondName) {
        Objects.requireNonNull(bondName, "bondName");
        if (bondName.isBlank()) {
            throw new IllegalArgumentException("bond name is blank");
        }
        this.bondName = bondName;
    }

    /** A content sniff: the first non-blank line is the driver banner or "Bonding Mode:". */
    public static boolean looksLike(String text) {
        if (text == null) {
            return false;
        }
        for (String line : TextScan.lines(text)) {
            if (!line.isBlank()) {
                return startsFile(line);
            }
        }
        return false;
    }

    /**
     * The kernel's short name for a bonding mode as /proc/net/bonding prints it, e.g.
     * "fault-tolerance (active-backup)" gives "active-backup"; short names map to themselves.
     *
     * @return balance-rr, active-backup, balance-xor, broadcast, 802.3ad, balance-tlb,
     *         balance-alb, or null when {@code mode} is none of them
     */
    public static String shortMode(String mode) {
        if (mode == null) {
            return null;
        }
        switch (mode.strip().toLowerCase(Locale.ROOT)) {
            case "load balancing (round-robin)":
            case "balance-rr":
                return "balance-rr";
            case "fault-tolerance (active-backup)":
            case "active-backup":
                return "active-backup";
            case "load balancing (xor)":
            case "balance-xor":
                return "balance-xor";
            case "fault-tolerance (broadcast)":
            case "broadcast":
                return "broadcast";
            case "ieee 802.3ad dynamic link aggregation":
            case "802.3ad":
                return "802.3ad";
            case "transmit load balancing":
            case "balance-tlb":
                return "balance-tlb";
            case "adaptive load balancing":
            case "balance-alb":
                return "balance-alb";
            default:
                return null;
        }
    }

    @Override
    public Observation parse(String text, String origin) throws ParseException {
        Observation obs = new Observation(origin);
        List<String> lines = TextScan.lines(text == null ? "" : text);
        String mode = null;
        String active = null;
        String bondMii = null;
        Integer activeAggregator = null;
        boolean inActiveAggregator = false;
        List<SlaveEntry> slaves = new ArrayList<>();
        SlaveEntry slave = null;
        boolean started = false;
        int lastLine = 0;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            int lineNo = i + 1;
            if (line.isBlank()) {
                continue;
            }
            lastLine = lineNo;
            if (!started) {
                if (!startsFile(line)) {
                    throw new ParseException(origin, lineNo, START, TextScan.printable(line));
                }
                started = true;
            }
            int colon = line.indexOf(':');
            if (colon < 0) {
                if (!line.strip().equals("802.3ad info")) {
                    warn(obs, lineNo, "ignored a line without 'key: value': " + TextScan.quote(line));
                }
                continue;
            }
            String key = line.substring(0, colon).strip();
            String value = line.substring(colon + 1).strip();
            if (key.equals("Active Aggregator Info") && slave == null) {
                inActiveAggregator = true;
                continue;
            }
            switch (key) {
                case "Aggregator ID":
                    Integer id = aggregatorId(value);
                    if (id == null) {
                        warn(obs, lineNo, "ignored an aggregator id that is not a number: " + TextScan.quote(value));
                    } else if (slave != null) {
                        slave.aggregatorId = id;
                    } else if (inActiveAggregator) {
                        activeAggregator = id;
                    }
                    break;
                case "Bonding Mode":
                    if (value.isEmpty()) {
                        throw new ParseException(origin, lineNo, "a mode after 'Bonding Mode:'", TextScan.printable(line));
                    }
                    mode = value;
                    break;
                case "Currently Active Slave":
                    active = value.isEmpty() || value.equals("None") ? null : value;
                    break;
                case "MII Status":
                    if (slave != null) {
                        slave.mii = mii(value);
                    } else {
                        bondMii = mii(value);
                    }
                    break;
                case "Slave Interface":
                    if (mode == null) {
                        throw new ParseException(origin, lineNo, "'Bonding Mode: ...' before the first slave",
                                TextScan.printable(line));
                    }
                    if (value.isEmpty() || hasWhitespace(value)) {
                        throw new ParseException(origin, lineNo, "a slave name after 'Slave Interface:'",
                                TextScan.printable(line));
                    }
                    slave = new SlaveEntry(value);
                    if (slaves.stream().anyMatch(s -> s.name.equals(value))) {
                        warn(obs, lineNo, "slave " + value + " is listed twice; the first is kept");
                    } else {
                        slaves.add(slave);
                    }
                    break;
                case "Permanent HW addr":
                    if (slave == null) {
                        warn(obs, lineNo, "ignored a permanent address outside a slave section");
                    } else {
                        slave.permanentMac = MacAddresses.normalize(value);
                        if (slave.permanentMac == null) {
                            warn(obs, lineNo, "permanent address of " + slave.name + " is not a MAC: "
                                    + TextScan.quote(value));
                        }
                    }
                    break;
                default:
                    break;
            }
        }
        if (!started) {
            throw new ParseException(origin, 0, "empty output; expected " + START, (Throwable) null);
        }
        if (mode == null) {
            throw new ParseException(origin, lastLine, "a 'Bonding Mode:' line in the bonding status file", (String) null);
        }
        fill(obs, mode, active, bondMii, slaves, lastLine);
        obs.device(bondName).bondActiveAggregator = activeAggregator;
        return obs;
    }

    private void fill(Observation obs, String mode, String active, String bondMii, List<SlaveEntry> slaves,
                      int lastLine) {
        DeviceFacts bond = obs.device(bondName);
        bond.kind = DeviceKind.BOND;
        bond.bondMode = shortMode(mode);
        if (bond.bondMode == null) {
            bond.bondMode = mode;
            warn(obs, lastLine, "unknown bonding mode " + TextScan.quote(mode) + " is kept as printed");
        }
        bond.bondActiveSlave = active;
        bond.bondMiiStatus = bondMii;
        for (SlaveEntry s : slaves) {
            bond.bondSlaves.add(new BondSlave(s.name, null, s.mii, s.permanentMac, s.aggregatorId));
            if (s.name.equals(bondName)) {
                warn(obs, lastLine, "bond " + bondName + " lists itself as a slave");
                continue;
            }
            DeviceFacts f = obs.device(s.name);
            f.master = bondName;
            f.slaveKind = "bond_slave";
            f.slaveMii = s.mii;
            f.permanentMac = s.permanentMac;
        }
    }

    /** MII status in upper case, as {@code ip -d link} prints it ("up" gives "UP"); null when empty. */
    private static String mii(String value) {
        return value.isEmpty() ? null : value.toUpperCase(Locale.ROOT);
    }

    private static Integer aggregatorId(String value) {
        if (value.isEmpty() || value.length() > 9 || !value.chars().allMatch(Character::isDigit)) {
            return null;
        }
        return Integer.valueOf(value);
    }

    private static boolean startsFile(String line) {
        String s = line.strip();
        return s.startsWith(BANNER + ":") || s.startsWith("Bonding Mode:");
    }

    private static void warn(Observation obs, int lineNo, String message) {
        obs.warn(TextScan.at(obs.origin(), lineNo) + ": " + message);
    }

    private static boolean hasWhitespace(String s) {
        return TextScan.words(s).size() != 1;
    }

    /** A slave section while it is read. */
    private static final class SlaveEntry {
        final String name;
        String mii;
        String permanentMac;
        Integer aggregatorId;

        SlaveEntry(String name) {
            this.name = name;
        }
    }
}
