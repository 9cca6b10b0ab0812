package io.patchbay.discovery.ssh;

import java.io.IOException;
import java.nio.CharBuffer;
import java.util.List;
import java.util.Optional;
import org.freedesktop.secret.simple.SimpleCollection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The desktop's keyring through the freedesktop Secret Service API on the session bus (GNOME
 * Keyring, KWallet), with the maintained {@code de.swiesend:secret-service} library. Items live in
 * the default collection under {@link SecretKey#attributes()}. Every call talks to D-Bus: never on
 * a UI thread. Without a session bus or a Secret Service it is simply not available.
 */
public final class SecretServiceKeyring implements Keyring {
    private static final Logger LOG = LoggerFactory.getLogger(SecretServiceKeyring.class);
    private volatile Boolean available;

    private SecretServiceKeyring() {
    }

    /** The session's Secret Service (whether one answers is found out on first use). */
    public static Keyring open() {
        return new SecretServiceKeyring();
    }

    @Override
    public boolean isAvailable() {
        Boolean a = available;
        if (a == null) {
            // no session bus: do not even load the D-Bus library
            boolean found = sessionBusKnown() && probe();
            available = a = found;
            LOG.debug("Secret Service {}", found ? "available" : "not available");
        }
        return a;
    }

    private static boolean probe() {
        try {
            return SimpleCollection.isAvailable();
        } catch (RuntimeException | LinkageError e) {
            LOG.debug("no Secret Service on the session bus: {}", e.toString());
            return false;
        }
    }

    /** D-Bus finds the session bus from DBUS_SESSION_BUS_ADDRESS (property or environment variable). */
    private static boolean sessionBusKnown() {
        String p = System.getProperty("DBUS_SESSION_BUS_ADDRESS");
        String e = System.getenv("DBUS_SESSION_BUS_ADDRESS");
        return (p != null && !p.isBlank()) || (e != null && !e.isBlank());
    }

    /** Closes the shared D-Bus connection: its sender thread is not a daemon and would keep the JVM running. */
    @Override
    public void close() {
        if (Boolean.TRUE.equals(available) && SimpleCollection.isConnected()) {
            SimpleCollection.disconnect();
        }
    }

    @Override
    public Optional<char[]> read(SecretKey key) {
        try (SimpleCollection c = new SimpleCollection()) {
            List<String> items = c.getItems(key.attributes());
            if (items == null || items.isEmpty()) {
                return Optional.empty();
            }
            return Optional.ofNullable(c.getSecret(items.get(0)));
        } catch (IOException e) {
            throw new IllegalStateException("the keyring cannot be opened: " + e.getMessage(), e);
        }
    }

    @Override
    public void write(SecretKey key, char[] secret) {
        try (SimpleCollection c = new SimpleCollection()) {
            List<String> items = c.getItems(key.attributes());
            if (items != null && !items.isEmpty()) {
                c.updateItem(items.get(0), key.label(), CharBuffer.wrap(secret), key.attributes());
            } else {
                c.createItem(key.label(), CharBuffer.wrap(secret), key.attributes());
            }
        } catch (IOException e) {
            throw new IllegalStateException("the keyring cannot be opened: " + e.getMessage(), e);
        }
    }

    @Override
    public void delete(SecretKey key) {
        try (SimpleCollection c = new SimpleCollection()) {
            List<String> items = c.getItems(key.attributes());
            if (items != null && !items.isEmpty()) {
                // the library deletes only with the user's consent: the desktop asks if the keyring is locked
                c.unlockWithUserPermission();
                c.deleteItems(items);
            }
        } catch (IOException | java.security.AccessControlException e) {
            throw new IllegalStateException("the keyring item cannot be removed: " + e.getMessage(), e);
        }
    }
}
