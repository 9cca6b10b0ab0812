package io.patchbay.ops;

import io.patchbay.core.Sentence;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.w3c.dom.Element;

/** Which guest MACs are in use by any VM of any connected host, in live or persistent XML, and where. */
public final class MacsInUse {
    private final Map<String, Sentence> where = new HashMap<>();

    private MacsInUse() {
    }

    /** Collects every interface MAC of every domain of {@code hosts}. */
    public static MacsInUse of(List<HostState> hosts) {
        MacsInUse u = new MacsInUse();
        for (HostState h : hosts) {
            for (DomainState d : h.domains()) {
                u.add(h, d, d.liveXml(), PlanWord.LIVE_XML);
                u.add(h, d, d.configXml(), PlanWord.PERSISTENT_XML);
            }
        }
        return u;
    }

    private void add(HostState h, DomainState d, String xml, PlanWord scope) {
        if (xml == null) {
            return;
        }
        for (Element e : DeviceXml.interfaces(DeviceXml.parse(xml, "the XML of VM " + d.name()))) {
            String mac = DeviceXml.macOf(e);
            if (mac != null) {
                where.putIfAbsent(mac, PlanWord.USED_BY.sentence(d.name(), h.host(), scope.sentence()));
            }
        }
    }

    /** Where {@code mac} is used ("VM web1 on host h1 (live XML)"), or null when it is free. */
    public Sentence whereUsed(String mac) {
        return mac == null ? null : where.get(mac.toLowerCase(Locale.ROOT));
    }

    public boolean inUse(String mac) {
        return whereUsed(mac) != null;
    }
}
