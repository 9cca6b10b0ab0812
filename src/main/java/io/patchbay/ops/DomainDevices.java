package io.patchbay.ops;

import io.patchbay.core.PatchbayException;
import io.patchbay.core.Sentence;
import java.time.Duration;

/**
 * The libvirt calls a plan needs on one host. The executor talks to libvirt only through this;
 * every failure is a {@link PatchbayException} naming the URI and the thing at fault.
 */
public interface DomainDevices extends AutoCloseable {
    /** The libvirt URI (for messages and the journal). */
    String uri();

    /** Reads the host: domains with live and persistent XML, networks, bridges. */
    HostState read(String hostName) throws PatchbayException;

    /** The domain's live XML, or null when it is not running. */
    String liveXml(String vm) throws PatchbayException;

    /** The domain's persistent (inactive) XML, or null when it is transient. */
    String configXml(String vm) throws PatchbayException;

    void attach(String vm, String xml, int flags) throws PatchbayException;

    void update(String vm, String xml, int flags) throws PatchbayException;

    void detach(String vm, String xml, int flags) throws PatchbayException;

    /**
     * Redefines the domain's persistent XML through {@code edit} (drivers without device calls).
     * The XML read for this includes secure parts (passwords) and never leaves this call.
     */
    void redefine(String vm, XmlEdit edit) throws PatchbayException;

    /**
     * Waits until the live interface with {@code mac}, whose detach was just asked, is gone (the
     * guest acknowledged the unplug: libvirt's device-removed), at most {@code bound}. Returns how
     * that was seen, or null when it is still there (removal pending).
     */
    String awaitRemoved(String vm, String mac, Duration bound) throws PatchbayException;

    /** False once the connection dropped (the executor then reconnects before rolling back). */
    boolean connected();

    /** Opens the connection again (after it dropped). */
    void reconnect() throws PatchbayException;

    @Override
    void close();

    /** A change to a parsed domain document: null when done, else one sentence why it cannot be made. */
    @FunctionalInterface
    interface XmlEdit {
        Sentence apply(org.w3c.dom.Document domain);
    }
}
