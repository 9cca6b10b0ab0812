package io.patchbay.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** Every sentence of the console exists in English and in Japanese. */
class StringBundlesTest {
    private static Properties bundle(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = StringBundlesTest.class.getResourceAsStream("/i18n/" + name + ".properties")) {
            p.load(in);
        }
        return p;
    }

    @Test
    void englishAndJapaneseHaveTheSameKeys() throws IOException {
        Properties en = bundle("strings");
        Properties ja = bundle("strings_ja");
        assertThat(ja.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(en.stringPropertyNames());
        assertThat(en.stringPropertyNames()).contains("settings.notice.movedAside", "settings.notice.newer",
                "settings.notice.stuck", "settings.saveFailed", "menu.view.language");
    }

    @Test
    void everyRefusalOfATypedMacHasItsSentence() throws IOException {
        Properties en = bundle("strings");
        for (io.patchbay.mac.MacAddress.Refusal r : io.patchbay.mac.MacAddress.Refusal.values()) {
            assertThat(en.getProperty("vnic.create.problem.macRefused." + r.name().toLowerCase(java.util.Locale.ROOT)))
                    .as(r.name()).isNotBlank().contains("%s");
        }
    }

    @Test
    void theSettingsNoticesSayDifferentThingsInEachLanguage() throws IOException {
        Properties en = bundle("strings");
        Properties ja = bundle("strings_ja");
        for (String key : new String[] {"settings.notice.movedAside", "settings.notice.newer", "settings.notice.stuck"}) {
            assertThat(ja.getProperty(key)).as(key).isNotEqualTo(en.getProperty(key));
            // the same arguments in the same order
            assertThat(ja.getProperty(key).replaceAll("[^%]*(%[a-z])?", "$1"))
                    .as(key).isEqualTo(en.getProperty(key).replaceAll("[^%]*(%[a-z])?", "$1"));
        }
    }
}
