package fr.ambassade.shared;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Shows instants (stored as {@code timestamptz}) in the destination's time zone and the reader's
 * language; the one formatter of dates and times for pages, e-mails and files (never {@code #temporals.format} or
 * {@code DateTimeFormatter.ofPattern}). In templates: {@code ${@displayTime.dateTime(entry.at, #locale)}} →
 * "26 novembre 2026 à 14:30", and {@code <time th:datetime="${@displayTime.iso(entry.at)}">} for the machine-readable
 * value (whole seconds with the offset, which the W3C checker accepts).
 * Without a {@link DestinationTimeZone} bean the zone is Europe/Paris.
 */
@Component("displayTime")
public class DisplayTime {

    private final ObjectProvider<DestinationTimeZone> zones;
    private final DestinationTimeZone fixed;

    @org.springframework.beans.factory.annotation.Autowired
    public DisplayTime(ObjectProvider<DestinationTimeZone> zones) {
        this.zones = zones;
        this.fixed = null;
    }

    /** For tests and non-Spring code: a fixed zone supplier. */
    public DisplayTime(DestinationTimeZone zone) {
        this.zones = null;
        this.fixed = zone;
    }

    public ZoneId zone() {
        DestinationTimeZone z = fixed != null ? fixed : zones.getIfAvailable();
        ZoneId id = z == null ? null : z.zoneId();
        return id == null ? DestinationTimeZone.DEFAULT : id;
    }

    public ZonedDateTime zoned(Instant instant) {
        return instant == null ? null : instant.atZone(zone());
    }

    /** Today in the destination (not in the server's zone). */
    public LocalDate today() {
        return LocalDate.now(zone());
    }

    /** "26 novembre 2026 à 14:30" / "November 26, 2026 at 2:30 PM"; "" for null. */
    public String dateTime(Instant instant, Locale locale) {
        return format(instant, DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT), locale);
    }

    /** "26/11/2026 14:30": compact, for tables. */
    public String shortDateTime(Instant instant, Locale locale) {
        return format(instant, DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT, FormatStyle.SHORT), locale);
    }

    /** "26/11/2026 14:30:05": for logs read by staff (audit, outbox), where the second matters. */
    public String preciseDateTime(Instant instant, Locale locale) {
        return format(instant, DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT, FormatStyle.MEDIUM), locale);
    }

    /** "26/11/2026": compact, for tables. */
    public String shortDate(Instant instant, Locale locale) {
        return format(instant, DateTimeFormatter.ofLocalizedDate(FormatStyle.SHORT), locale);
    }

    /** "26 novembre 2026". */
    public String date(Instant instant, Locale locale) {
        return format(instant, DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG), locale);
    }

    /** "14:30". */
    public String time(Instant instant, Locale locale) {
        return format(instant, DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT), locale);
    }

    /** "2026-11-26T14:30:00+01:00", for {@code <time datetime>}. */
    public String iso(Instant instant) {
        return instant == null
                ? ""
                : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(zoned(instant).withNano(0));
    }

    /** A calendar date (a start or renewal date, not an instant): "26 novembre 2026"; "" for null. */
    public String localDate(LocalDate date, Locale locale) {
        return date == null
                ? ""
                : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                        .withLocale(locale == null ? Locale.FRENCH : locale)
                        .format(date);
    }

    /** A calendar date, compact for tables: "26/11/2026"; "" for null. */
    public String shortLocalDate(LocalDate date, Locale locale) {
        return date == null
                ? ""
                : DateTimeFormatter.ofLocalizedDate(FormatStyle.SHORT)
                        .withLocale(locale == null ? Locale.FRENCH : locale)
                        .format(date);
    }

    private String format(Instant instant, DateTimeFormatter formatter, Locale locale) {
        if (instant == null) {
            return "";
        }
        return formatter.withLocale(locale == null ? Locale.FRENCH : locale).format(zoned(instant));
    }
}
