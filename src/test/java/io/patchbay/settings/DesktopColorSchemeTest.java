package io.patchbay.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DesktopColorSchemeTest {
    @Test
    void gnomesColorSchemeDecides() {
        assertThat(DesktopColorScheme.read(Map.of(), key -> Optional.of(key.equals("color-scheme") ? "'prefer-dark'" : "'Adwaita'")))
                .contains(Theme.DARK);
        assertThat(DesktopColorScheme.read(Map.of(), key -> Optional.of(key.equals("color-scheme") ? "'prefer-light'" : "'Adwaita-dark'")))
                .contains(Theme.LIGHT);
    }

    @Test
    void withoutAColorSchemeTheGtkThemesNameDecides() {
        assertThat(DesktopColorScheme.read(Map.of(), key -> Optional.of(key.equals("color-scheme") ? "'default'" : "'Adwaita-dark'")))
                .contains(Theme.DARK);
        assertThat(DesktopColorScheme.read(Map.of(), key -> Optional.of(key.equals("color-scheme") ? "'default'" : "'Adwaita'\n")))
                .contains(Theme.LIGHT);
    }

    @Test
    void theGtkThemeVariableWinsAndSkipsGsettings() {
        List<String> asked = new ArrayList<>();
        assertThat(DesktopColorScheme.read(Map.of("GTK_THEME", "Adwaita:dark"), key -> {
            asked.add(key);
            return Optional.of("'prefer-light'");
        })).contains(Theme.DARK);
        assertThat(asked).isEmpty();
    }

    @Test
    void noDesktopSaysNothing() {
        assertThat(DesktopColorScheme.read(Map.of(), key -> Optional.empty())).isEmpty();
        assertThat(DesktopColorScheme.read(Map.of("GTK_THEME", " "), key -> Optional.of("''"))).isEmpty();
    }
}
