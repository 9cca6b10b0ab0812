package io.patchbay.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import io.patchbay.ops.Note;
import io.patchbay.ops.PlanWord;
import io.patchbay.ops.Refusal;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every sentence of the application core has the command line's English (core bundle) and the console's words in
 * English and Japanese (i18n/strings*.properties, key {@code core.KEY}), which take the same arguments and never
 * name a command-line option.
 */
class SentenceBundlesTest {
    private static final Pattern CONVERSION = Pattern.compile("%(\\d+\\$)?([sd])");

    private static final ResourceBundle CORE = Sentence.bundle();
    /** Each file on its own (a bundle would find a missing Japanese key in its English parent). */
    private static final Properties CONSOLE_EN = console("/i18n/strings.properties");
    private static final Properties CONSOLE_JA = console("/i18n/strings_ja.properties");

    private static Properties console(String resource) {
        Properties p = new Properties();
        try (InputStream in = SentenceBundlesTest.class.getResourceAsStream(resource)) {
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }

    @Test
    void everyRefusalNoteAndWordOfThePlannerHasTheCommandLinesEnglish() {
        List<String> keys = new ArrayList<>();
        for (Refusal r : Refusal.values()) {
            keys.add(r.key());
        }
        for (Note.Kind k : Note.Kind.values()) {
            keys.add(Note.of(k).sentence().key());
        }
        for (PlanWord w : PlanWord.values()) {
            keys.add(w.sentence().key());
        }
        assertThat(keys).allSatisfy(k -> assertThat(CORE.containsKey(k)).as(k).isTrue());
    }

    @Test
    void everyCoreKeyHasTheConsolesWordsInEnglishAndJapanese() {
        List<String> keys = Collections.list(CORE.getKeys());
        assertThat(keys).hasSizeGreaterThan(50);
        for (String k : keys) {
            assertThat(CONSOLE_EN).as("English console words for " + k).containsKey("core." + k);
            assertThat(CONSOLE_JA).as("Japanese console words for " + k).containsKey("core." + k);
        }
    }

    @Test
    void theConsolesWordsTakeTheCoreArgumentsAndNameNoOption() {
        for (String k : Collections.list(CORE.getKeys())) {
            Object[] args = argsFor(CORE.getString(k));
            String english = String.format(Locale.ROOT, CORE.getString(k), args);
            assertThat(english).as(k).isNotBlank();
            for (Properties b : List.of(CONSOLE_EN, CONSOLE_JA)) {
                String pattern = b.getProperty("core." + k);
                String which = k + (b == CONSOLE_JA ? " (ja)" : " (en)");
                assertThatCode(() -> String.format(Locale.ROOT, pattern, args)).as(which).doesNotThrowAnyException();
                String shown = String.format(Locale.ROOT, pattern, args);
                assertThat(shown).as(which).doesNotContain("--");
                for (Object a : args) {
                    assertThat(shown).as(which + " shows every argument").contains(a.toString());
                }
            }
            if (!k.equals("prefixed") && !k.equals("word.LINUX_BRIDGE")) {
                assertThat(CONSOLE_JA.getProperty("core." + k)).as("Japanese " + k).matches("(?s).*[\\u3040-\\u30ff\\u4e00-\\u9fff].*");
            }
        }
    }

    @Test
    void theCommandLinesEnglishIsTheMessageAndNestedSentencesAreSaid() {
        PatchbayException e = Refusal.LIVE_ON_SHUT_OFF.of("pbtemplate1");
        assertThat(e.getMessage()).isEqualTo("VM 'pbtemplate1' is shut off: a --live change is impossible; use --config"
                + " (or neither flag) to change its persistent definition");
        assertThat(e.sentence().key()).isEqualTo("refusal.LIVE_ON_SHUT_OFF");
        assertThat(Refusal.NO_SUCH_VNIC.of("vm1", "52:54:00:00:00:01", PlanWord.LIVE_ONLY.sentence()).getMessage())
                .isEqualTo("VM 'vm1' has no vNIC with MAC 52:54:00:00:00:01 in its live only definition");
        assertThat(new PatchbayException(PatchbayException.Reason.OTHER, "as it is").sentence().keyed()).isFalse();
    }

    /** Distinct arguments the pattern accepts: a number for %d, a word for %s, by position. */
    private static Object[] argsFor(String pattern) {
        Matcher m = CONVERSION.matcher(pattern);
        List<Object> args = new ArrayList<>();
        int ordinary = 0;
        while (m.find()) {
            int index = m.group(1) == null ? ordinary++ : Integer.parseInt(m.group(1).replace("$", "")) - 1;
            while (args.size() <= index) {
                args.add(null);
            }
            args.set(index, m.group(2).equals("d") ? 7000L + index : "arg" + index + "x");
        }
        return args.toArray();
    }
}
