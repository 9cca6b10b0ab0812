package io.patchbay.ops;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.patchbay.core.PatchbayException;
import io.patchbay.core.PatchbayException.Reason;
import io.patchbay.core.Sentence;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The journal of applied plans in the console home: {@code journal.jsonl}, one JSON object per
 * line. Appends hold an exclusive file lock, so concurrent consoles never interleave lines.
 */
public final class Journal {
    /** The file name inside the console home. */
    public static final String FILE = "journal.jsonl";

    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    /** File locks are per process: threads of one process take turns here first. */
    private static final Object IN_PROCESS = new Object();

    private final Path file;
    private final Clock clock;

    public Journal(Path home) {
        this(home, Clock.systemUTC());
    }

    Journal(Path home, Clock clock) {
        this.file = home.resolve(FILE);
        this.clock = clock;
    }

    public Path file() {
        return file;
    }

    /** The entry for a plan that ran with {@code outcome}. */
    public JournalEntry entry(Plan plan, Outcome outcome) {
        List<JournalEntry.JournalStep> steps = new ArrayList<>();
        for (Step s : plan.steps()) {
            String call = s.redefine() ? "redefine-" + s.action().name().toLowerCase()
                    : s.action().name().toLowerCase() + "DeviceFlags";
            steps.add(new JournalEntry.JournalStep(call, s.flags(), s.xml(), s.previousXml()));
        }
        return new JournalEntry(Instant.now(clock).toString(), plan.id(), plan.host(), plan.uri(), plan.vm(),
                plan.kind().name().toLowerCase(), plan.mac(), plan.summary(), outcome.state().name(), outcome.message(),
                plan.deviceXml(), steps, plan.undoOf());
    }

    /** Appends one line under an exclusive lock; the line is on disk (forced) when this returns. */
    public void append(JournalEntry entry) throws PatchbayException {
        byte[] line;
        try {
            line = (JSON.writeValueAsString(entry) + "\n").getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a journal entry cannot be written as JSON", e);
        }
        synchronized (IN_PROCESS) {
            appendLocked(line);
        }
    }

    @SuppressWarnings("try") // the lock is held for the try block
    private void appendLocked(byte[] line) throws PatchbayException {
        try {
            Files.createDirectories(file.getParent());
            try (FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.APPEND);
                 FileLock lock = ch.lock()) {
                ByteBuffer buf = ByteBuffer.wrap(line);
                while (buf.hasRemaining()) {
                    ch.write(buf);
                }
                ch.force(false);
            }
        } catch (IOException e) {
            throw new PatchbayException(Reason.OTHER, Sentence.of("journal.cannotWrite", file, e.getMessage()), e);
        }
    }

    /** What {@link #read()} found: the entries, and one sentence per line that could not be read. */
    public record Contents(List<JournalEntry> entries, List<String> problems) {
    }

    /** Every entry, oldest first; an absent journal is empty. Unreadable lines are named, not fatal. */
    @SuppressWarnings("try") // the lock is held for the try block
    public Contents read() throws PatchbayException {
        List<String> lines;
        try {
            synchronized (IN_PROCESS) {
                try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ);
                     FileLock lock = ch.lock(0, Long.MAX_VALUE, true)) {
                    lines = Files.readAllLines(file, StandardCharsets.UTF_8);
                }
            }
        } catch (NoSuchFileException e) {
            return new Contents(List.of(), List.of());
        } catch (IOException e) {
            throw new PatchbayException(Reason.OTHER, Sentence.of("journal.cannotRead", file, e.getMessage()), e);
        }
        List<JournalEntry> entries = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i);
            if (l.isBlank()) {
                continue;
            }
            try {
                entries.add(JSON.readValue(l, JournalEntry.class));
            } catch (JsonProcessingException e) {
                problems.add(file + " line " + (i + 1) + " is not a journal entry: " + e.getOriginalMessage());
            }
        }
        return new Contents(entries, problems);
    }

    /** The entries as a JSON array (for {@code journal --format json}). */
    public static String toJson(List<JournalEntry> entries) {
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(entries) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("journal entries cannot be written as JSON", e);
        }
    }
}
