package io.patchbay.ui.newvm;

/** What a new VM is made from: a template domain, or a snapshot of a domain ({@code snapshot} null for a template). */
public record NewVmSource(String domain, String snapshot) {
    @Override
    public String toString() {
        return snapshot == null ? "template " + domain : "snapshot " + snapshot + " of " + domain;
    }
}
