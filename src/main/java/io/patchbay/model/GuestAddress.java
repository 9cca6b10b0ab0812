package io.patchbay.model;

import java.util.Objects;

/** An address a guest has on a vNIC, {@code 192.0.2.10/24} (prefix when known), and where it was learnt. */
public record GuestAddress(String address, AddressSource source) {
    public GuestAddress {
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(source, "source");
    }
}
