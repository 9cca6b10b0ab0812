package io.patchbay.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The rules of the house (ARCHITECTURE.md), checked rather than hoped for. */
class ArchitectureTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(location -> !location.contains("/test-classes/"))
                .importPackages("io.patchbay");
    }

    @Test
    void onlyTheUiImportsJavaFx() {
        noClasses().that().resideOutsideOfPackages("io.patchbay.ui..", "io.patchbay")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..", "org.kordamp..")
                .check(classes);
    }

    @Test
    void theModelDependsOnNothingElseOfOurs() {
        noClasses().that().resideInAPackage("io.patchbay.model..")
                .should().dependOnClassesThat().resideInAnyPackage("io.patchbay.discovery..", "io.patchbay.cli..",
                        "io.patchbay.ui..", "io.patchbay.export..")
                .check(classes);
    }

    @Test
    void readingNeverDependsOnTheCliOrTheUi() {
        noClasses().that().resideInAnyPackage("io.patchbay.discovery..", "io.patchbay.export..")
                .should().dependOnClassesThat().resideInAnyPackage("io.patchbay.cli..", "io.patchbay.ui..")
                .check(classes);
    }

    @Test
    void macPoolsKnowNoLibvirtCliOrUi() {
        noClasses().that().resideInAPackage("io.patchbay.mac..")
                .should().dependOnClassesThat().resideInAnyPackage("io.patchbay.libvirt..", "io.patchbay.cli..",
                        "io.patchbay.ui..", "io.patchbay.ops..", "io.patchbay.newvm..", "org.libvirt..")
                .check(classes);
    }

    @Test
    void theSettingsKnowNoUiCliOrHosts() {
        noClasses().that().resideInAPackage("io.patchbay.settings..")
                .should().dependOnClassesThat().resideInAnyPackage("io.patchbay.ui..", "io.patchbay.cli..",
                        "io.patchbay.discovery..", "io.patchbay.libvirt..", "io.patchbay.ops..", "javafx..")
                .check(classes);
    }

    @Test
    void parsersDoNoIo() {
        noClasses().that().resideInAPackage("io.patchbay.discovery.parse..")
                .should().dependOnClassesThat().resideInAnyPackage("java.nio.file..", "java.net..", "com.jcraft..")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.io.File")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.lang.ProcessBuilder")
                .check(classes);
    }

    @Test
    void theLayoutIsPureAndKnowsOnlyTheModel() {
        noClasses().that().resideInAPackage("io.patchbay.layout..")
                .should().dependOnClassesThat().resideInAnyPackage("io.patchbay.discovery..", "io.patchbay.cli..",
                        "io.patchbay.ui..", "io.patchbay.export..", "java.nio.file..", "java.net..", "javafx..")
                .check(classes);
    }
}
