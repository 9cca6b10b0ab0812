package io.patchbay.discovery.parse;

import io.patchbay.model.BondSlave;
import io.patchbay.model.DeviceKind;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads {@code ovs-appctl bond/show}: per bond a {@code ---- NAME ----} header, {@code bond_mode:},
 * {@code active member mac: MAC(NAME)} and {@code member NAME: enabled|disabled} lines (OVS before
 * 2.17 says "slave" for "member").
 */
public final class OvsBondShowParser implements OutputParser {
    private static final Pattern HEADER = Pattern.compile("^---- (.+) ----$");
    private static final Pattern ACTIVE = Pattern.compile("^active (?:member|slave) mac: ([0-9a-fA-F:]{17})\\((.*)\\)$");
    private static final Pattern MEMBER = Pattern.compile("^(?:member|slave) (.+): (enabled|disabled)$");

    @Override
    public Observation parse(String text, String origin) throws ParseException {
        Observation obs = new Observation(origin);
        List<String> lines = TextScan.lines(text);
        DeviceFacts bond = null;
        boolean any = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (TextScan.isBlank(line) || TextScan.startsIndented(line)) {
                continue;
            }
            Matcher m = HEADER.matcher(line);
            if (m.matches()) {
                bond = obs.device(m.group(1));
                bond.ovsKind = DeviceKind.BOND;
                any = true;
                continue;
            }
            if (bond == null) {
                throw new ParseException(origin, i + 1, "a '---- BOND ----' header (output of ovs-appctl bond/show)",
                        line);
            }
            if (line.startsWith("bond_mode: ")) {
                bond.bondMode = line.substring("bond_mode: ".length()).strip();
            } else if ((m = ACTIVE.matcher(line)).matches()) {
                bond.bondActiveSlave = m.group(2).isEmpty() ? null : m.group(2);
            } else if ((m = MEMBER.matcher(line)).matches()) {
                bond.bondSlaves.add(new BondSlave(m.group(1), m.group(2), null, null));
            }
        }
        if (!any) {
            throw new ParseException(origin, 1, "a '---- BOND ----' header (output of ovs-appctl bond/show)",
                    TextScan.firstNonBlankLine(text));
        }
        return obs;
    }
}
