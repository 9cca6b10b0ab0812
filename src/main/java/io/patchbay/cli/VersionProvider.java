package io.patchbay.cli;

import picocli.CommandLine.IVersionProvider;

/** Version from the jar manifest (Maven sets it), "dev" when run from classes. */
public final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        String v = VersionProvider.class.getPackage().getImplementationVersion();
        return new String[] {"patchbay " + (v == null ? "dev" : v), "Java " + System.getProperty("java.version")};
    }
}
