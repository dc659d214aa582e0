package fr.ambassade.config;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

class RunModeTest {

    @Test
    void embeddedByDefaultWithDemoData() {
        RunMode mode = new RunMode(RunMode.isEmbedded(new MockEnvironment()), null);
        assertThat(mode.isEmbedded()).isTrue();
        assertThat(mode.demoData()).isTrue();
    }

    @Test
    void externalDatabaseHasNoDemoDataByDefault() {
        MockEnvironment env =
                new MockEnvironment().withProperty("spring.datasource.url", "jdbc:postgresql://db/ambassade");
        RunMode mode = new RunMode(RunMode.isEmbedded(env), null);
        assertThat(mode.isEmbedded()).isFalse();
        assertThat(mode.demoData()).isFalse();
    }

    @Test
    void anExplicitSettingWins() {
        assertThat(new RunMode(false, true).demoData()).isTrue();
        assertThat(new RunMode(true, false).demoData()).isFalse();
    }

    @Test
    void aBlankUrlMeansEmbedded() {
        assertThat(RunMode.isEmbedded(new MockEnvironment().withProperty("spring.datasource.url", " ")))
                .isTrue();
    }
}
