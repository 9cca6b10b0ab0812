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
            boolean found;
            try {
                found = SimpleCollection.isAvailable();
            } catch (RuntimeException | LinkageError e) {
                LOG.debug("no Secret Service on the session bus: {}", e.toString());
                found = false;
            }
            available = a = found;
            LOG.debug("Secret Service {}", found ? "available" : "not available");
        }
        return a;
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
                c.deleteItems(items);
            }
        } catch (IOException e) {
            throw new IllegalStateException("the keyring cannot be opened: " + e.getMessage(), e);
        }
    }
}
