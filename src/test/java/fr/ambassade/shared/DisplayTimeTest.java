package fr.ambassade.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class DisplayTimeTest {

    private static final Instant WINTER = Instant.parse("2026-11-26T13:30:00Z");
    private static final Instant SUMMER = Instant.parse("2026-07-14T20:05:00Z");

    @Test
    void showsInstantsInTheDestinationZone() {
        DisplayTime paris = new DisplayTime(() -> ZoneId.of("Europe/Paris"));
        assertThat(paris.time(WINTER, Locale.FRENCH)).isEqualTo("14:30");
        assertThat(paris.time(SUMMER, Locale.FRENCH)).isEqualTo("22:05");
        assertThat(paris.dateTime(WINTER, Locale.FRENCH))
                .contains("26 novembre 2026")
                .contains("14:30");
        assertThat(paris.iso(WINTER)).isEqualTo("2026-11-26T14:30:00+01:00");

        DisplayTime reunion = new DisplayTime(() -> ZoneId.of("Indian/Reunion"));
        assertThat(reunion.time(WINTER, Locale.FRENCH)).isEqualTo("17:30");
    }

    @Test
    void formatsInTheReadersLanguage() {
        DisplayTime paris = new DisplayTime(() -> ZoneId.of("Europe/Paris"));
        assertThat(paris.date(WINTER, Locale.ENGLISH)).isEqualTo("November 26, 2026");
        assertThat(paris.date(WINTER, new Locale("nl"))).isEqualTo("26 november 2026");
        assertThat(paris.dateTime(null, Locale.FRENCH)).isEmpty();
    }

    @Test
    void defaultsToParisWithoutASetting() {
        assertThat(new DisplayTime(() -> null).zone()).isEqualTo(ZoneId.of("Europe/Paris"));
    }
}
