package io.patchbay.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

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

    /**
     * The layers, bottom up: the small core (the failure type, safe XML, atomic files); the model;
     * what reads and keeps hosts' facts (discovery, libvirt, MAC pools, layout, settings); what is
     * derived from snapshots (problems, export); changes (ops, new VMs); the application both faces
     * share (console); the two faces (cli, ui); the launcher. A layer uses only layers below it.
     */
    @Test
    void eachLayerUsesOnlyTheLayersBelowIt() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("Core").definedBy("io.patchbay.core..", "io.patchbay.xml..", "io.patchbay.files..")
                .layer("Model").definedBy("io.patchbay.model..")
                .layer("Hosts").definedBy("io.patchbay.discovery..", "io.patchbay.libvirt..", "io.patchbay.mac..",
                        "io.patchbay.layout..", "io.patchbay.settings..")
                .layer("Derived").definedBy("io.patchbay.problems..", "io.patchbay.export..")
                .layer("Changes").definedBy("io.patchbay.ops..", "io.patchbay.newvm..")
                .layer("Application").definedBy("io.patchbay.console..")
                .layer("Cli").definedBy("io.patchbay.cli..")
                .layer("Ui").definedBy("io.patchbay.ui..")
                .layer("Launcher").definedBy("io.patchbay")
                .whereLayer("Launcher").mayNotBeAccessedByAnyLayer()
                .whereLayer("Ui").mayOnlyBeAccessedByLayers("Launcher")
                .whereLayer("Cli").mayOnlyBeAccessedByLayers("Launcher")
                .whereLayer("Application").mayOnlyBeAccessedByLayers("Cli", "Ui", "Launcher")
                .whereLayer("Changes").mayOnlyBeAccessedByLayers("Application", "Cli", "Ui")
                .whereLayer("Derived").mayOnlyBeAccessedByLayers("Application", "Cli", "Ui")
                .whereLayer("Hosts").mayOnlyBeAccessedByLayers("Derived", "Changes", "Application", "Cli", "Ui")
                .whereLayer("Model").mayOnlyBeAccessedByLayers("Hosts", "Derived", "Changes", "Application", "Cli", "Ui")
                .check(classes);
    }

    @Test
    void noCyclesBetweenPackages() {
        slices().matching("io.patchbay.(**)").should().beFreeOfCycles().check(classes);
    }

    @Test
    void theFacesNeverUseEachOther() {
        noClasses().that().resideInAPackage("io.patchbay.ui..")
                .should().dependOnClassesThat().resideInAPackage("io.patchbay.cli..")
                .check(classes);
        noClasses().that().resideInAPackage("io.patchbay.cli..")
                .should().dependOnClassesThat().resideInAPackage("io.patchbay.ui..")
                .check(classes);
    }

    @Test
    void onlyTheLibvirtPackageUsesLibvirtJava() {
        noClasses().that().resideOutsideOfPackage("io.patchbay.libvirt..")
                .should().dependOnClassesThat().resideInAPackage("org.libvirt..")
                .check(classes);
    }
}
