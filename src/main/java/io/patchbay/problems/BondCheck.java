package io.patchbay.problems;

import io.patchbay.model.BondInfo;
import io.patchbay.model.BondSlave;
import io.patchbay.model.Device;
import io.patchbay.model.DeviceKind;
import io.patchbay.model.HostTopology;
import java.util.List;
import java.util.Locale;

/** A bond with a member whose MII is down, or (802.3ad) a member outside the active aggregator. */
final class BondCheck {
    private BondCheck() {
    }

    static void run(HostTopology host, List<Problem> out) {
        for (Device d : host.devices()) {
            BondInfo b = d.bond();
            if (d.kind() != DeviceKind.BOND || b == null || b.slaves().isEmpty()) {
                continue;
            }
            List<BondSlave> down = b.slaves().stream().filter(s -> isDown(s.mii())).toList();
            if (down.size() == b.slaves().size()) {
                out.add(new Problem(Finding.BOND_ALL_MEMBERS_DOWN, Severity.ERROR, names(d, b.slaves()),
                        List.of(d.name())));
                continue;
            }
            for (BondSlave s : down) {
                out.add(new Problem(Finding.BOND_MEMBER_DOWN, Severity.WARNING, List.of(d.name(), s.name()),
                        List.of(d.name(), s.name())));
            }
            if ("802.3ad".equals(b.mode()) && b.activeAggregator() != null) {
                for (BondSlave s : b.slaves()) {
                    if (s.aggregatorId() != null && !s.aggregatorId().equals(b.activeAggregator()) && !isDown(s.mii())) {
                        out.add(new Problem(Finding.BOND_OUTSIDE_AGGREGATOR, Severity.WARNING,
                                List.of(d.name(), s.name()), List.of(d.name(), s.name(),
                                s.aggregatorId().toString(), b.activeAggregator().toString())));
                    }
                }
            }
        }
    }

    private static boolean isDown(String mii) {
        return mii != null && mii.toLowerCase(Locale.ROOT).equals("down");
    }

    private static List<String> names(Device bond, List<BondSlave> slaves) {
        java.util.ArrayList<String> out = new java.util.ArrayList<>();
        out.add(bond.name());
        slaves.forEach(s -> out.add(s.name()));
        return out;
    }
}
