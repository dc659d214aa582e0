package fr.ambassade.shared.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.PropertyContainer;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.DtStart;
import org.junit.jupiter.api.Test;

/** Invitations written, then read back with ical4j as a mail client would. */
class CalendarInvitationsTest {

    static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    static final Instant START =
            ZonedDateTime.of(2026, 12, 14, 14, 30, 0, 0, PARIS).toInstant();
    static final Instant STAMP = Instant.parse("2026-12-04T09:15:30.123Z");

    static CalendarEvent visit() {
        return new CalendarEvent(
                "visit-42@ambassade.test",
                0,
                START,
                START.plusSeconds(5400),
                PARIS,
                "Visite d’évaluation ; « Gîte du Lac », Saint-Émilion",
                "Bonjour,\nNous venons évaluer votre offre ; prévoyez 1 h 30.\\ Merci, l’équipe",
                "Gîte du Lac, 12 route des Vignes, 33330 Saint-Émilion",
                new CalendarEvent.Participant("Office de tourisme « Terres, Vignes »", "accueil@ot.example"),
                List.of(
                        CalendarEvent.Attendee.required("Zoé \"la\" O'Brien; Dupont, Jr: x", "zoe@gite.example"),
                        CalendarEvent.Attendee.optional("Ana Évaluatrice", "ana@ot.example")));
    }

    static Calendar parse(String ics) throws Exception {
        return new CalendarBuilder().build(new StringReader(ics));
    }

    static String value(PropertyContainer c, String name) {
        return c.getProperty(name).map(Property::getValue).orElse(null);
    }

    static String param(Property p, String name) {
        return p.getParameter(name).map(Parameter::getValue).orElse(null);
    }

    @Test
    void aRequestCarriesEveryPropertyOfAnInvitation() throws Exception {
        String ics = CalendarInvitations.request(visit(), STAMP);
        assertThat(ics).contains("\r\n").startsWith("BEGIN:VCALENDAR");
        Calendar calendar = parse(ics);

        assertThat(value(calendar, Property.METHOD)).isEqualTo("REQUEST");
        assertThat(value(calendar, Property.VERSION)).isEqualTo("2.0");
        assertThat(value(calendar, Property.PRODID)).isEqualTo(CalendarInvitations.PRODUCT_ID);
        assertThat(calendar.getComponents(Component.VEVENT)).hasSize(1);

        VTimeZone zone = (VTimeZone) calendar.getComponent(Component.VTIMEZONE).orElseThrow();
        assertThat(value(zone, Property.TZID)).isEqualTo("Europe/Paris");

        VEvent event = (VEvent) calendar.getComponent(Component.VEVENT).orElseThrow();
        assertThat(value(event, Property.UID)).isEqualTo("visit-42@ambassade.test");
        assertThat(value(event, Property.SEQUENCE)).isEqualTo("0");
        assertThat(value(event, Property.DTSTAMP)).isEqualTo("20261204T091530Z");
        Property start = event.getProperty(Property.DTSTART).orElseThrow();
        assertThat(param(start, Parameter.TZID)).isEqualTo("Europe/Paris");
        assertThat(start.getValue()).isEqualTo("20261214T143000");
        Property end = event.getProperty(Property.DTEND).orElseThrow();
        assertThat(param(end, Parameter.TZID)).isEqualTo("Europe/Paris");
        assertThat(end.getValue()).isEqualTo("20261214T160000");
        @SuppressWarnings("unchecked")
        DtStart<ZonedDateTime> dtStart = (DtStart<ZonedDateTime>) start;
        assertThat(dtStart.getDate().toInstant()).isEqualTo(START);

        // user text comes back exactly, its commas, semicolons, backslashes and line breaks escaped on the wire
        assertThat(value(event, Property.SUMMARY)).isEqualTo(visit().summary());
        assertThat(value(event, Property.DESCRIPTION)).isEqualTo(visit().description());
        assertThat(value(event, Property.LOCATION)).isEqualTo(visit().location());
        assertThat(ics).contains("Visite d’évaluation \\; « Gîte du Lac »\\, Saint-Émilion");
        assertThat(ics).doesNotContain("Bonjour,\nNous").contains("Bonjour\\,\\nNous");
        assertThat(value(event, Property.STATUS)).isEqualTo("CONFIRMED");

        Property organizer = event.getProperty(Property.ORGANIZER).orElseThrow();
        assertThat(organizer.getValue()).isEqualTo("mailto:accueil@ot.example");
        assertThat(param(organizer, Parameter.CN)).isEqualTo("Office de tourisme « Terres, Vignes »");

        List<Property> attendees = event.getProperties(Property.ATTENDEE);
        assertThat(attendees).hasSize(2);
        Property zoe = attendees.get(0);
        assertThat(zoe.getValue()).isEqualTo("mailto:zoe@gite.example");
        assertThat(param(zoe, Parameter.CN)).isEqualTo("Zoé 'la' O'Brien; Dupont, Jr: x");
        assertThat(param(zoe, Parameter.ROLE)).isEqualTo("REQ-PARTICIPANT");
        assertThat(param(zoe, Parameter.PARTSTAT)).isEqualTo("NEEDS-ACTION");
        assertThat(param(zoe, Parameter.RSVP)).isEqualTo("TRUE");
        assertThat(param(zoe, Parameter.CUTYPE)).isEqualTo("INDIVIDUAL");
        assertThat(param(attendees.get(1), Parameter.ROLE)).isEqualTo("OPT-PARTICIPANT");
        assertThat(ics).contains("CN=\"Zoé 'la' O'Brien; Dupont, Jr: x\"");
    }

    @Test
    void aChangeBumpsTheSequenceAndKeepsTheUid() throws Exception {
        CalendarEvent first = visit();
        CalendarEvent moved = first.rescheduled(START.plusSeconds(86_400), START.plusSeconds(86_400 + 3600));
        assertThat(moved.sequence()).isEqualTo(1);
        CalendarEvent sameAgain = first.revisedTo(visit());
        assertThat(sameAgain.sequence()).as("sent again unchanged").isZero();
        CalendarEvent newPlace = moved.revisedTo(new CalendarEvent(
                "ignored@x",
                0,
                moved.start(),
                moved.end(),
                PARIS,
                moved.summary(),
                moved.description(),
                "Mairie de Saint-Émilion",
                moved.organizer(),
                moved.attendees()));
        assertThat(newPlace.sequence()).isEqualTo(2);
        assertThat(newPlace.uid()).isEqualTo(first.uid());

        VEvent update = (VEvent) parse(CalendarInvitations.request(newPlace, STAMP))
                .getComponent(Component.VEVENT)
                .orElseThrow();
        assertThat(value(update, Property.UID)).isEqualTo("visit-42@ambassade.test");
        assertThat(value(update, Property.SEQUENCE)).isEqualTo("2");
        assertThat(value(update, Property.LOCATION)).isEqualTo("Mairie de Saint-Émilion");
        assertThat(value(update, Property.DTSTART)).isEqualTo("20261215T143000");
    }

    @Test
    void aCancellationHasTheSameUidAHigherSequenceAndIsCancelled() throws Exception {
        CalendarEvent cancelled = visit().next();
        Calendar calendar = parse(CalendarInvitations.cancel(cancelled, STAMP));
        assertThat(value(calendar, Property.METHOD)).isEqualTo("CANCEL");
        VEvent event = (VEvent) calendar.getComponent(Component.VEVENT).orElseThrow();
        assertThat(value(event, Property.UID)).isEqualTo("visit-42@ambassade.test");
        assertThat(value(event, Property.SEQUENCE)).isEqualTo("1");
        assertThat(value(event, Property.STATUS)).isEqualTo("CANCELLED");
        assertThat(event.getProperties(Property.ATTENDEE)).hasSize(2);
        assertThat(value(event, Property.ORGANIZER)).isEqualTo("mailto:accueil@ot.example");
    }

    @Test
    void aPublishedEventAsksNobodyToAnswer() throws Exception {
        Calendar calendar = parse(CalendarInvitations.publish(visit(), STAMP));
        assertThat(value(calendar, Property.METHOD)).isEqualTo("PUBLISH");
        VEvent event = (VEvent) calendar.getComponent(Component.VEVENT).orElseThrow();
        assertThat(event.getProperties(Property.ATTENDEE)).isEmpty();
        assertThat(value(event, Property.ORGANIZER)).isEqualTo("mailto:accueil@ot.example");
        assertThat(value(event, Property.SUMMARY)).isEqualTo(visit().summary());
    }

    @Test
    void summerTimeAndAnotherZoneAreWrittenInLocalTime() throws Exception {
        ZoneId reunion = ZoneId.of("Indian/Reunion");
        Instant july = Instant.parse("2027-07-01T06:00:00Z");
        CalendarEvent e = new CalendarEvent(
                "e-1@x",
                0,
                july,
                july.plusSeconds(3600),
                reunion,
                "Fête",
                null,
                null,
                new CalendarEvent.Participant(null, "ot@x.example"),
                List.of());
        Calendar calendar = parse(CalendarInvitations.request(e, STAMP));
        VEvent event = (VEvent) calendar.getComponent(Component.VEVENT).orElseThrow();
        assertThat(value(event, Property.DTSTART)).isEqualTo("20270701T100000");
        assertThat(param(event.getProperty(Property.DTSTART).orElseThrow(), Parameter.TZID))
                .isEqualTo("Indian/Reunion");
        assertThat(value(calendar.getComponent(Component.VTIMEZONE).orElseThrow(), Property.TZID))
                .isEqualTo("Indian/Reunion");
        assertThat(event.getProperty(Property.DESCRIPTION)).isEmpty();
        assertThat(event.getProperty(Property.LOCATION)).isEmpty();
    }

    @Test
    void badEventsAreRefused() {
        CalendarEvent v = visit();
        assertThatThrownBy(() -> new CalendarEvent(
                        "a b", 0, START, START.plusSeconds(60), PARIS, "x", null, null, v.organizer(), List.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() ->
                        new CalendarEvent("u@x", 0, START, START, PARIS, "x", null, null, v.organizer(), List.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CalendarEvent.Participant("x", "a b@c"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
