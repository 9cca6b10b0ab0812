package io.patchbay;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Which face a start opens: the decision only, no window and no command is run. */
class MainDispatchTest {
    private static final Map<String, String> NO_ENV = Map.of("XDG_CONFIG_HOME", "/xdg");

    @Test
    void homeWithoutASubcommandOpensTheConsoleWithThatHome() {
        assertThat(Main.decide(new String[] {"--home", "/srv/pb"}, NO_ENV))
                .isEqualTo(new Main.Launch.Console(Path.of("/srv/pb")));
        assertThat(Main.decide(new String[] {"--home=/srv/pb2"}, NO_ENV))
                .isEqualTo(new Main.Launch.Console(Path.of("/srv/pb2")));
    }

    @Test
    void theHomeOptionWinsOverTheEnvironment() {
        assertThat(Main.decide(new String[] {"--home", "/srv/pb"}, Map.of("PATCHBAY_HOME", "/env/pb")))
                .isEqualTo(new Main.Launch.Console(Path.of("/srv/pb")));
    }

    @Test
    void noArgumentsOpenTheConsoleWithPatchbayHomeOrTheDefault() {
        assertThat(Main.decide(new String[0], Map.of("PATCHBAY_HOME", "/env/pb")))
                .isEqualTo(new Main.Launch.Console(Path.of("/env/pb")));
        assertThat(Main.decide(new String[0], NO_ENV)).isEqualTo(new Main.Launch.Console(Path.of("/xdg/patchbay")));
    }

    @Test
    void aSubcommandHelpVersionOrBadInputIsTheCommandLine() {
        for (String[] args : new String[][] {
            {"--home", "/srv/pb", "journal"},
            {"topology", "--local"},
            {"--help"},
            {"--version"},
            {"--home"},
            {"--no-such-option"},
            {"nonsense"}
        }) {
            Main.Launch l = Main.decide(args, NO_ENV);
            assertThat(l).as(String.join(" ", args)).isInstanceOf(Main.Launch.Cli.class);
            assertThat(((Main.Launch.Cli) l).args()).isEqualTo(args);
        }
    }
}
