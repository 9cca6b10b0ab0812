package io.patchbay.ops;

/** The {@code --live} and {@code --config} flags as given; neither means the docs/CLI.md default. */
public record ScopeRequest(boolean live, boolean config) {
    /** Neither flag: live and config for a running VM, config for a stopped one. */
    public static final ScopeRequest DEFAULT = new ScopeRequest(false, false);

    public boolean isDefault() {
        return !live && !config;
    }
}
