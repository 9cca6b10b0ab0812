package io.patchbay.files;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.Arrays;

/** The console's own JSON files: one object, indented, ending with a newline. */
public final class JsonDocument {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** Why bytes hold no JSON object: one phrase to follow "the file cannot be used:". */
    public static final class NotAnObject extends Exception {
        NotAnObject(String why, Throwable cause) {
            super(why, cause);
        }
    }

    private JsonDocument() {
    }

    /** A new, empty root object. */
    public static ObjectNode newObject() {
        return MAPPER.createObjectNode();
    }

    /** {@code root}, indented, with a final newline. */
    public static byte[] bytes(ObjectNode root) {
        try {
            byte[] body = MAPPER.writeValueAsBytes(root);
            byte[] out = Arrays.copyOf(body, body.length + 1);
            out[body.length] = '\n';
            return out;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a JSON object", e);
        }
    }

    /** The object {@code json} holds. */
    public static ObjectNode parse(byte[] json) throws NotAnObject {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new NotAnObject("it is not valid JSON (" + e.getOriginalMessage() + ")", e);
        } catch (IOException e) {
            throw new NotAnObject("it cannot be parsed (" + e.getMessage() + ")", e);
        }
        if (root instanceof ObjectNode o) {
            return o;
        }
        throw new NotAnObject("it does not hold a JSON object", null);
    }
}
