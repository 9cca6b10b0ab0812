package io.patchbay.libvirt;

import io.patchbay.core.PatchbayException;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The domain, network, snapshot and storage calls that vNIC changes, new VMs and MAC censuses
 * make, in our own types: the packages above {@code libvirt/} never see libvirt-java. Each call
 * names what it does ({@code what}) for its error, as {@link LibvirtConnection#call} does.
 * {@link #over} gives the implementation on a {@link LibvirtConnection}.
 */
public interface LibvirtDomains {
    /** One domain as listed: its XML live (when running) and persistent (when defined). */
    record ListedDomain(String name, String uuid, boolean running, boolean persistent, String liveXml,
                        String configXml) {
    }

    /**
     * A host's domains, networks and bridges, read in one call.
     *
     * @param testDriver     the connection is libvirt's test driver (no live calls really happen)
     * @param networkBridges the bridges of the libvirt networks that have one
     * @param interfaces     the XML of every host interface libvirt's interface driver lists, by name;
     *                       null when it has none to ask
     */
    record Listing(boolean testDriver, List<ListedDomain> domains, Set<String> networks, Set<String> networkBridges,
                   Map<String, String> interfaces) {
    }

    /** A domain's XML texts: live (when running), inactive, and each snapshot's (when asked) by name in order. */
    record DomainTexts(boolean running, boolean persistent, String liveXml, String inactiveXml,
                       Map<String, String> snapshots) {
    }

    /** A storage volume and its pool as libvirt describes them. */
    record Volume(String pool, String name, String volumeXml, String poolXml, long capacity, List<String> poolVolumes) {
    }

    LibvirtUri uri();

    /** True while a connection is open (false between a drop and the reconnect). */
    boolean connected();

    /** Whether the daemon sends device-added/removed events. */
    boolean hasDeviceEvents();

    void addListener(DomainEventListener listener);

    Listing listing(String what) throws PatchbayException;

    /** The live XML of a running domain, null when it is not running. */
    String liveXml(String what, String vm) throws PatchbayException;

    /** The persistent XML of a defined domain, null when it is transient. */
    String configXml(String what, String vm) throws PatchbayException;

    /** The inactive XML (with secrets when {@code secure}), whatever the domain's state. */
    String inactiveXml(String what, String vm, boolean secure) throws PatchbayException;

    /** The domain's XML texts; its snapshots' too when {@code withSnapshots}. */
    DomainTexts texts(String what, String vm, boolean withSnapshots) throws PatchbayException;

    void attach(String what, String vm, String xml, int flags) throws PatchbayException;

    void update(String what, String vm, String xml, int flags) throws PatchbayException;

    void detach(String what, String vm, String xml, int flags) throws PatchbayException;

    void define(String what, String xml) throws PatchbayException;

    void undefine(String what, String vm) throws PatchbayException;

    /** The ids of the running domains. */
    List<Integer> runningIds(String what) throws PatchbayException;

    String nameOf(String what, int id) throws PatchbayException;

    /** The names of the running domains, read in one call. */
    List<String> runningNames(String what) throws PatchbayException;

    /** The names of the defined domains that are not running. */
    List<String> definedNames(String what) throws PatchbayException;

    List<String> snapshotNames(String what, String vm) throws PatchbayException;

    /** The domain XML of snapshot {@code snapshot} of {@code vm}, null when it has none of that name. */
    String snapshotXml(String what, String vm, String snapshot) throws PatchbayException;

    /** The volume of a disk: {@code volume} type names it "pool/volume", else {@code source} is its path. */
    Volume volume(String what, String diskType, String source) throws PatchbayException;

    /** Clones volume {@code sourceVolume} of {@code pool} as {@code volumeXml} describes; returns the new path. */
    String cloneVolume(String what, String pool, String sourceVolume, String volumeXml) throws PatchbayException;

    void deleteVolume(String what, String pool, String volume) throws PatchbayException;

    /** The calls on {@code connection} (closing stays with the connection's owner). */
    static LibvirtDomains over(LibvirtConnection connection) {
        return new ConnectionDomains(connection);
    }
}
