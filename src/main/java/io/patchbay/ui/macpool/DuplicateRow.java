package io.patchbay.ui.macpool;

import java.util.List;

/** A MAC used by more than one domain across the connected hosts, with every place it was seen. */
public record DuplicateRow(String mac, List<String> places) {
    public DuplicateRow {
        places = List.copyOf(places);
    }
}
