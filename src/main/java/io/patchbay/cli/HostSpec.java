package io.patchbay.cli;

import java.util.ArrayList;
import java.util.List;

/** One host as given on the command line: its display name (or null) and its sources in order. */
final class HostSpec {
    /** One source of a host. */
    record Source(Type type, String value, List<String> files) {
    }

    enum Type { LOCAL, SSH, LIBVIRT, CAPTURE }

    final String name;
    final List<Source> sources = new ArrayList<>();

    HostSpec(String name) {
        this.name = name;
    }
}
