package io.patchbay.discovery.capture;

import io.patchbay.discovery.parse.OutputParser;

/** Which parser reads a kind of capture; {@link CaptureParsers#standard} is the real one. */
@FunctionalInterface
public interface ParserFactory {
    /**
     * @param kind     what the capture is
     * @param bondName for {@link CaptureKind#BONDING}: the bond the file describes (its file name),
     *                 null for every other kind
     */
    OutputParser parserFor(CaptureKind kind, String bondName);
}
