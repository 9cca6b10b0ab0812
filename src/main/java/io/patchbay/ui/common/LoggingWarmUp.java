package io.patchbay.ui.common;

import org.slf4j.LoggerFactory;

/**
 * Initialises SLF4J and logback (reading logback.xml, ~500 classes) on a background thread while
 * the JavaFX toolkit starts, instead of on the JavaFX thread at the first {@code getLogger} of the
 * console's view models (docs/PERFORMANCE.md, "Where start-up time goes"). A logger asked for
 * meanwhile is SLF4J's substitute, which replays its events once logback is ready.
 */
public final class LoggingWarmUp {
    private LoggingWarmUp() {
    }

    public static void start() {
        Thread t = new Thread(LoggerFactory::getILoggerFactory, "patchbay-logging-init");
        t.setDaemon(true);
        t.start();
    }
}
