package io.patchbay.testsupport;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.AppenderBase;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.LoggerFactory;

/**
 * Everything the program logs while open, at every level (TRACE included, JSch's own log too):
 * each event's formatted message and the messages of its exception chain. Closing puts the root
 * logger back as it was.
 */
public final class CapturedLogs extends AppenderBase<ILoggingEvent> implements AutoCloseable {
    private final List<String> lines = new ArrayList<>();
    private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    private final Level before;

    private CapturedLogs() {
        before = root.getLevel();
        setContext(root.getLoggerContext());
        setName("captured-logs");
        start();
        root.addAppender(this);
        root.setLevel(Level.ALL);
    }

    public static CapturedLogs capture() {
        return new CapturedLogs();
    }

    @Override
    protected synchronized void append(ILoggingEvent e) {
        StringBuilder b = new StringBuilder(e.getLevel() + " " + e.getLoggerName() + " - " + e.getFormattedMessage());
        for (IThrowableProxy t = e.getThrowableProxy(); t != null; t = t.getCause()) {
            b.append("\n  ").append(t.getClassName()).append(": ").append(t.getMessage());
        }
        lines.add(b.toString());
    }

    /** The lines captured so far. */
    public synchronized List<String> lines() {
        return List.copyOf(lines);
    }

    @Override
    public void close() {
        root.detachAppender(this);
        root.setLevel(before);
        stop();
    }
}
