package io.patchbay.libvirt;

import com.sun.jna.Pointer;
import java.util.LinkedHashMap;
import java.util.Map;

/** Reads a C array of libvirt's {@code virTypedParameter} (field[80], int type, 8-byte union value). */
final class TypedParams {
    private static final int FIELD_LENGTH = 80;
    private static final int TYPE_OFFSET = 80;
    private static final int VALUE_OFFSET = 88;
    private static final int SIZE = 96;

    private TypedParams() {
    }

    /** Numbers come out as Long (unsigned values above Long.MAX_VALUE wrap, as libvirt's counters never reach them), strings as String. */
    static Map<String, Object> read(Pointer params, int count) {
        Map<String, Object> out = new LinkedHashMap<>();
        if (params == null) {
            return out;
        }
        for (int i = 0; i < count; i++) {
            long base = (long) i * SIZE;
            byte[] raw = params.getByteArray(base, FIELD_LENGTH);
            int len = 0;
            while (len < raw.length && raw[len] != 0) {
                len++;
            }
            String field = new String(raw, 0, len, java.nio.charset.StandardCharsets.UTF_8);
            int type = params.getInt(base + TYPE_OFFSET);
            Object value = switch (type) {
                case LibvirtExtras.PARAM_INT -> (long) params.getInt(base + VALUE_OFFSET);
                case LibvirtExtras.PARAM_UINT -> Integer.toUnsignedLong(params.getInt(base + VALUE_OFFSET));
                case LibvirtExtras.PARAM_LLONG, LibvirtExtras.PARAM_ULLONG -> params.getLong(base + VALUE_OFFSET);
                case LibvirtExtras.PARAM_STRING -> {
                    Pointer s = params.getPointer(base + VALUE_OFFSET);
                    yield s == null ? null : s.getString(0, "UTF-8");
                }
                default -> null;
            };
            if (value != null) {
                out.put(field, value);
            }
        }
        return out;
    }
}
