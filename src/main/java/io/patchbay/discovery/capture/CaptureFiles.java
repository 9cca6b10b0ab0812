package io.patchbay.discovery.capture;

import io.patchbay.core.PatchbayException;
import io.patchbay.core.PatchbayException.Reason;
import io.patchbay.core.Sentence;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

/** Reads one capture file as UTF-8 text, refusing what is too large or not text. */
final class CaptureFiles {
    /** The largest capture read: far above any real output, low enough to keep memory safe. */
    static final long MAX_BYTES = 64L * 1024 * 1024;

    private CaptureFiles() {
    }

    /**
     * @param shown the file as messages name it
     * @throws PatchbayException BAD_INPUT when the file cannot be read, exceeds {@link #MAX_BYTES}
     *                            or is not UTF-8 text
     */
    static String readText(Path file, String shown) throws PatchbayException {
        if (!Files.exists(file)) {
            throw new PatchbayException(Reason.BAD_INPUT, Sentence.of("capture.noSuchFile", shown));
        }
        if (!Files.isRegularFile(file)) {
            // a FIFO or device would block or never end
            throw new PatchbayException(Reason.BAD_INPUT, Sentence.of("capture.notRegularFile", shown));
        }
        byte[] bytes;
        // read at most one byte more than allowed: /proc files report size 0, devices never end
        try (InputStream in = Files.newInputStream(file)) {
            bytes = in.readNBytes((int) MAX_BYTES + 1);
        } catch (NoSuchFileException e) {
            throw new PatchbayException(Reason.BAD_INPUT, Sentence.of("capture.noSuchFile", shown), e);
        } catch (AccessDeniedException e) {
            throw new PatchbayException(Reason.BAD_INPUT, Sentence.of("capture.permissionDenied", shown), e);
        } catch (IOException e) {
            throw new PatchbayException(Reason.BAD_INPUT, Sentence.of("capture.cannotRead", shown, e.getMessage()), e);
        }
        if (bytes.length > MAX_BYTES) {
            throw new PatchbayException(Reason.BAD_INPUT, Sentence.of("capture.tooLarge", shown,
                    MAX_BYTES / (1024 * 1024)));
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new PatchbayException(Reason.BAD_INPUT, Sentence.of("capture.notUtf8", shown), e);
        }
        if (text.indexOf('\0') >= 0) {
            throw new PatchbayException(Reason.BAD_INPUT, Sentence.of("capture.nulBytes", shown));
        }
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /** A file name without a .txt, .out or .log ending (e.g. a saved /proc/net/bonding/bond0). */
    static String baseName(Path file) {
        String name = file.getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        for (String ext : new String[] {".txt", ".out", ".log"}) {
            if (lower.endsWith(ext) && name.length() > ext.length()) {
                return name.substring(0, name.length() - ext.length());
            }
        }
        return name;
    }
}
