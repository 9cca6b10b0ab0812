package io.patchbay.discovery.parse;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A thin layer over Jackson's streaming parser for the JSON parsers: every problem (broken
 * JSON, a value of the wrong type, a missing field) becomes a {@link ParseException} that names
 * the origin, the line and column, what was expected and what was found.
 */
final class JsonCursor implements AutoCloseable {
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .build();

    private final JsonParser parser;
    private final String origin;

    private JsonCursor(JsonParser parser, String origin) {
        this.parser = parser;
        this.origin = origin;
    }

    static JsonCursor open(String text, String origin) throws ParseException {
        try {
            // Jackson's byte parser (and its byte-quad name table) beats its char parser by more
            // than the encoding costs: ~10% on a 10,000-device ip -j -d link output
            return new JsonCursor(FACTORY.createParser(text.getBytes(StandardCharsets.UTF_8)), origin);
        } catch (IOException e) {
            throw new ParseException(origin, 0, "cannot read the JSON text: " + e.getMessage(), e);
        }
    }

    /** The next token; null at the end of the input. */
    JsonToken next() throws ParseException {
        try {
            return parser.nextToken();
        } catch (JsonProcessingException e) {
            throw malformed(e);
        } catch (IOException e) {
            throw new ParseException(origin, line(), "cannot read the JSON text: " + e.getMessage(), e);
        }
    }

    /** Moves to the first token and requires it to open an array. */
    void startArray(String what) throws ParseException {
        JsonToken t = next();
        if (t != JsonToken.START_ARRAY) {
            throw expected(what);
        }
    }

    /** Requires that nothing but white space follows the value just read. */
    void end(String what) throws ParseException {
        if (next() != null) {
            throw expected("nothing after " + what);
        }
    }

    String fieldName() {
        try {
            return parser.currentName();
        } catch (IOException e) {
            // currentName() of Jackson's JSON parsers reads no input; it only declares the exception
            throw new IllegalStateException(e);
        }
    }

    /** Skips the value that follows the current field name (a scalar, object or array). */
    void skipValue() throws ParseException {
        JsonToken t = next();
        if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
            skipChildren();
        } else if (t == null || t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
            throw expected("a value");
        }
    }

    /** Skips the rest of the object or array whose start token is the current one. */
    void skipChildren() throws ParseException {
        try {
            parser.skipChildren();
        } catch (JsonProcessingException e) {
            throw malformed(e);
        } catch (IOException e) {
            throw new ParseException(origin, line(), "cannot read the JSON text: " + e.getMessage(), e);
        }
    }

    /** The string value of {@code field}; null for JSON null. */
    String stringValue(String field) throws ParseException {
        JsonToken t = next();
        if (t == JsonToken.VALUE_NULL) {
            return null;
        }
        if (t != JsonToken.VALUE_STRING) {
            throw expected("a string for \"" + field + "\"");
        }
        return text();
    }

    /** The integer value of {@code field}; null for JSON null. */
    Integer intValue(String field) throws ParseException {
        Number n = integer(field, 32);
        return n == null ? null : n.intValue();
    }

    /** The value of {@code field} as a 64-bit integer (a counter); null for JSON null. */
    Long longValue(String field) throws ParseException {
        Number n = integer(field, 64);
        return n == null ? null : n.longValue();
    }

    /** An integer of {@code bits} (32 or 64) bits; null for JSON null. */
    private Number integer(String field, int bits) throws ParseException {
        JsonToken t = next();
        if (t == JsonToken.VALUE_NULL) {
            return null;
        }
        if (t != JsonToken.VALUE_NUMBER_INT) {
            throw expected("an integer for \"" + field + "\"");
        }
        try {
            return bits == 32 ? (Number) parser.getIntValue() : (Number) parser.getLongValue();
        } catch (JsonProcessingException e) {
            throw expected("an integer for \"" + field + "\" that fits " + bits + " bits");
        } catch (IOException e) {
            throw new ParseException(origin, line(), "cannot read the JSON text: " + e.getMessage(), e);
        }
    }

    /** The boolean value of {@code field}; null for JSON null. */
    Boolean booleanValue(String field) throws ParseException {
        JsonToken t = next();
        if (t == JsonToken.VALUE_NULL) {
            return null;
        }
        if (t != JsonToken.VALUE_TRUE && t != JsonToken.VALUE_FALSE) {
            throw expected("true or false for \"" + field + "\"");
        }
        return t == JsonToken.VALUE_TRUE;
    }

    /** The strings of an array value; an empty list for JSON null. */
    List<String> stringArray(String field) throws ParseException {
        JsonToken t = next();
        if (t == JsonToken.VALUE_NULL) {
            return List.of();
        }
        if (t != JsonToken.START_ARRAY) {
            throw expected("an array of strings for \"" + field + "\"");
        }
        List<String> out = new ArrayList<>(6);
        while ((t = next()) != JsonToken.END_ARRAY) {
            if (t != JsonToken.VALUE_STRING) {
                throw expected("a string inside \"" + field + "\"");
            }
            out.add(text());
        }
        return out;
    }

    /**
     * Moves to the value of {@code field} and tells whether it is an object to read (true) or
     * JSON null (false); anything else is an error.
     */
    boolean startObject(String field) throws ParseException {
        JsonToken t = next();
        if (t == JsonToken.VALUE_NULL) {
            return false;
        }
        if (t != JsonToken.START_OBJECT) {
            throw expected("an object for \"" + field + "\"");
        }
        return true;
    }

    /** Like {@link #startObject} for arrays. */
    boolean startArray(String field, String what) throws ParseException {
        JsonToken t = next();
        if (t == JsonToken.VALUE_NULL) {
            return false;
        }
        if (t != JsonToken.START_ARRAY) {
            throw expected(what + " for \"" + field + "\"");
        }
        return true;
    }

    int line() {
        return parser.currentTokenLocation().getLineNr();
    }

    int column() {
        return parser.currentTokenLocation().getColumnNr();
    }

    /** An error at the current token: expected {@code what}, found the token. */
    ParseException expected(String what) {
        return new ParseException(origin, line(), what + " at column " + column(), found());
    }

    /** An error about the object that started at {@code line}/{@code column}. */
    ParseException expectedAt(int line, int column, String what) {
        return new ParseException(origin, line, what + " in the object starting at column " + column, (String) null);
    }

    private ParseException malformed(JsonProcessingException e) {
        JsonLocation loc = e.getLocation();
        int l = loc == null ? line() : loc.getLineNr();
        int c = loc == null ? column() : loc.getColumnNr();
        return new ParseException(origin, l, "malformed JSON at column " + c + ": " + e.getOriginalMessage(), e);
    }

    private String text() throws ParseException {
        try {
            return parser.getText();
        } catch (JsonProcessingException e) {
            throw malformed(e);
        } catch (IOException e) {
            throw new ParseException(origin, line(), "cannot read the JSON text: " + e.getMessage(), e);
        }
    }

    private String found() {
        JsonToken t = parser.currentToken();
        if (t == null) {
            return "end of input";
        }
        switch (t) {
            case START_OBJECT:
                return "{";
            case END_OBJECT:
                return "}";
            case START_ARRAY:
                return "[";
            case END_ARRAY:
                return "]";
            case FIELD_NAME:
                return "\"" + fieldName() + "\":";
            case VALUE_STRING:
                try {
                    return "\"" + parser.getText() + "\"";
                } catch (IOException e) {
                    return "a string";
                }
            default:
                try {
                    return parser.getText();
                } catch (IOException e) {
                    return t.asString();
                }
        }
    }

    @Override
    public void close() {
        try {
            parser.close();
        } catch (IOException e) {
            // a parser over a String holds no resource that can fail to close
            throw new IllegalStateException(e);
        }
    }
}
