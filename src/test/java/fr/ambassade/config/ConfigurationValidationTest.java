package fr.ambassade.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

/** A wrong installation setting stops the start with one human sentence naming the setting. */
class ConfigurationValidationTest {

    @TempDir
    Path tmp;

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(AmbassadeProperties.class)
    static class PropertiesOnly {}

    private ApplicationContextRunner runner() {
        return new ApplicationContextRunner()
                .withUserConfiguration(PropertiesOnly.class)
                .withPropertyValues(
                        "ambassade.data-dir=" + tmp.resolve("var"), "ambassade.base-url=https://ot.example.org");
    }

    @Test
    void validSettingsStart() {
        runner().withPropertyValues(
                        "ambassade.default-time-zone=America/Guadeloupe", "ambassade.admin-email=admin@ot.example.org")
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    assertThat(context.getBean(AmbassadeProperties.class)
                                    .defaultTimeZone()
                                    .getId())
                            .isEqualTo("America/Guadeloupe");
                });
    }

    @Test
    void baseUrlMustBeAnHttpAddress() {
        runner().withPropertyValues("ambassade.base-url=ot.example.org")
                .run(context -> assertThat(analysis(context).getDescription())
                        .isEqualTo(
                                "Invalid setting ambassade.base-url = \"ot.example.org\": must be an http:// or https://"
                                        + " address such as https://ambassade.example.org (set AMBASSADE_BASE_URL)"));
    }

    @Test
    void unknownTimeZoneIsNamed() {
        runner().withPropertyValues("ambassade.default-time-zone=Europe/Bethune")
                .run(context -> assertThat(analysis(context).getDescription())
                        .startsWith("Invalid setting ambassade.default-time-zone = \"Europe/Bethune\": ")
                        .contains("Unknown time-zone ID: Europe/Bethune")
                        .doesNotContain("\n"));
    }

    @Test
    void dataDirectoryMustBeWritable() throws Exception {
        Path aFile = Files.writeString(tmp.resolve("not-a-directory"), "x");
        runner().withPropertyValues("ambassade.data-dir=" + aFile.resolve("var"))
                .run(context -> assertThat(analysis(context).getDescription())
                        .contains("Invalid setting ambassade.data-dir = ")
                        .contains("is not a directory this user can write to or create (set AMBASSADE_DATA_DIR)"));
    }

    @Test
    void writableDirectoryAcceptsMissingDirectoriesUnderAWritableParent() throws Exception {
        assertThat(WritableDirectory.Validator.isWritableOrCreatable(tmp.resolve("a/b/c")))
                .isTrue();
        assertThat(WritableDirectory.Validator.isWritableOrCreatable(tmp)).isTrue();
        Path aFile = Files.writeString(tmp.resolve("file"), "x");
        assertThat(WritableDirectory.Validator.isWritableOrCreatable(aFile)).isFalse();
        assertThat(WritableDirectory.Validator.isWritableOrCreatable(aFile.resolve("below")))
                .isFalse();
    }

    @Test
    void dataDirectoryInUseGetsItsOwnMessage() {
        FailureAnalysis analysis = new StartupFailureAnalyzer()
                .analyze(new IllegalStateException(
                        "wrapped", new EmbeddedPostgresServer.DataDirectoryInUseException(tmp)));
        assertThat(analysis.getDescription()).contains("is in use by another running Ambassade process");
        assertThat(analysis.getAction()).contains("AMBASSADE_DATA_DIR");
    }

    @Test
    void otherFailuresAreLeftToSpringBoot() {
        assertThat(new StartupFailureAnalyzer().analyze(new IllegalStateException("boom")))
                .isNull();
    }

    private static FailureAnalysis analysis(AssertableApplicationContext context) {
        assertThat(context).hasFailed();
        FailureAnalysis analysis = new StartupFailureAnalyzer().analyze(context.getStartupFailure());
        assertThat(analysis).as("analysis of %s", context.getStartupFailure()).isNotNull();
        return analysis;
    }
}
