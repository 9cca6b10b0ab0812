package io.patchbay.mac;

/**
 * One place a MAC was seen in use: a vNIC of a domain on a host, in its live or persistent XML
 * or in a snapshot ({@code where}: live, config, snapshot NAME).
 */
public record MacSighting(long mac, String host, String domain, String where) {
    @Override
    public String toString() {
        return host + "/" + domain + " (" + where + ")";
    }
}
