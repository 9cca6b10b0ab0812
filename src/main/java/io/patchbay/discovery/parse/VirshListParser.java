package io.patchbay.discovery.parse;

import io.patchbay.model.Vm;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code virsh list --all}: the header {@code Id Name State}, a dashed rule, then one row per VM
 * with its id (or "-" when it is not running), name and state ("running", "shut off", ...).
 * Each row becomes a {@link Vm} with name, state and id; uuid, persistence and vNICs are not in
 * this output. Lines starting with "error:" (virsh could not connect) are a {@link ParseException}
 * quoting them, as are a missing header and rows without name and state.
 */
public final class VirshListParser implements OutputParser {
    private static final List<String> HEADER_WORDS = List.of("Id", "Name", "State");
    private static final String HEADER = "the virsh list header 'Id  Name  State'";
    private static final Set<String> TWO_WORD_STATES = Set.of("shut off", "in shutdown", "no state");
    private static final Set<String> ONE_WORD_STATES =
            Set.of("running", "idle", "paused", "crashed", "pmsuspended", "blocked", "dying", "shutdown");
    private static final int ERROR_QUOTE_MAX = 400;

    public VirshListParser() {
        // stateless
    }

    /** A content sniff: the first non-blank line is the header {@code Id Name State}. */
    public static boolean looksLike(String text) {
        String first = TextScan.firstNonBlankLine(text);
        return first != null && TextScan.words(first).equals(HEADER_WORDS);
    }

    @Override
    public Observation parse(String text, String origin) throws ParseException {
        Observation obs = new Observation(origin);
        List<String> lines = TextScan.lines(text == null ? "" : text);
        rejectErrors(lines, origin);
        int i = 0;
        while (i < lines.size() && lines.get(i).isBlank()) {
            i++;
        }
        if (i == lines.size()) {
            throw new ParseException(origin, 0, "empty output; expected " + HEADER, (Throwable) null);
        }
        if (!TextScan.words(lines.get(i)).equals(HEADER_WORDS)) {
            throw new ParseException(origin, i + 1, HEADER, TextScan.printable(lines.get(i)));
        }
        Set<String> names = new HashSet<>();
        for (i++; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || isRule(line)) {
                continue;
            }
            Vm vm = readRow(line, i + 1, obs);
            if (names.add(vm.name())) {
                obs.addVm(vm);
            } else {
                obs.warn(TextScan.at(origin, i + 1) + ": VM " + vm.name() + " is listed twice; the first is kept");
            }
        }
        return obs;
    }

    private static Vm readRow(String line, int lineNo, Observation obs) throws ParseException {
        String origin = obs.origin();
        List<int[]> spans = TextScan.spans(line);
        if (spans.size() < 3) {
            throw new ParseException(origin, lineNo, "a row 'ID|-  NAME  STATE'", TextScan.printable(line));
        }
        String idText = text(line, spans.get(0));
        Integer id = null;
        if (!idText.equals("-")) {
            id = TextScan.parseNonNegativeInt(idText);
            if (id == null) {
                throw new ParseException(origin, lineNo, "a domain id or '-' in the first column",
                        TextScan.printable(idText));
            }
        }
        int last = spans.size() - 1;
        int stateFirst = last;
        String lastTwo = text(line, spans.get(last - 1)) + " " + text(line, spans.get(last));
        if (spans.size() >= 4 && TWO_WORD_STATES.contains(lastTwo)) {
            stateFirst = last - 1;
        }
        String state = line.substring(spans.get(stateFirst)[0], spans.get(last)[1]);
        if (stateFirst == last && !ONE_WORD_STATES.contains(state)) {
            obs.warn(TextScan.at(origin, lineNo) + ": unknown VM state " + TextScan.quote(state) + " is kept as printed");
        }
        String name = line.substring(spans.get(1)[0], spans.get(stateFirst - 1)[1]);
        return new Vm(name, null, state, id, null, List.of(), origin);
    }

    private static void rejectErrors(List<String> lines, String origin) throws ParseException {
        StringBuilder errors = new StringBuilder();
        int first = 0;
        for (int i = 0; i < lines.size(); i++) {
            String s = lines.get(i).strip();
            if (s.startsWith("error:")) {
                if (first == 0) {
                    first = i + 1;
                } else {
                    errors.append("; ");
                }
                errors.append(s.substring("error:".length()).strip());
            }
        }
        if (first > 0) {
            throw new ParseException(origin, first,
                    "virsh reported an error: " + TextScan.quote(errors.toString(), ERROR_QUOTE_MAX), (Throwable) null);
        }
    }

    private static boolean isRule(String line) {
        String s = line.strip();
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) != '-') {
                return false;
            }
        }
        return s.length() > 1;
    }


    private static String text(String line, int[] span) {
        return line.substring(span[0], span[1]);
    }
}
