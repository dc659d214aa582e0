package fr.ambassade.shared.calendar;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.time.ZonedDateTime;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZone;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.parameter.CuType;
import net.fortuna.ical4j.model.parameter.PartStat;
import net.fortuna.ical4j.model.parameter.Rsvp;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.CalScale;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Method;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Transp;
import net.fortuna.ical4j.model.property.TzId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/**
 * iCalendar objects (RFC 5545) for e-mail invitations (iTIP, RFC 5546), with ical4j: one VCALENDAR holding one
 * VEVENT and the VTIMEZONE of the event's zone, its DTSTART/DTEND in local time with that TZID. Send the text with
 * {@code MailAttachment.calendar(fileName, method, ics)}, whose METHOD must be the calendar's.
 *
 * <ul>
 *   <li>{@link #request}: {@code METHOD:REQUEST}, an invitation or its update (same UID, higher SEQUENCE), each
 *       attendee asked to answer ({@code PARTSTAT=NEEDS-ACTION;RSVP=TRUE});
 *   <li>{@link #cancel}: {@code METHOD:CANCEL}, {@code STATUS:CANCELLED} (same UID, higher SEQUENCE than the
 *       last request: pass {@link CalendarEvent#next()});
 *   <li>{@link #publish}: {@code METHOD:PUBLISH}, an event to add to one's calendar without answering (no
 *       attendee).
 * </ul>
 *
 * User text (summary, description, location, names) is escaped by ical4j (backslash, comma, semicolon, line
 * breaks); names in the {@code CN} parameter are quoted, their double quotes and control characters (which a
 * parameter value cannot hold) replaced.
 */
public final class CalendarInvitations {

    /** Identifies the product that wrote the calendar. */
    public static final String PRODUCT_ID = "-//Ambassade//Ambassade invitations//FR";

    private static final TimeZoneRegistry ZONES =
            TimeZoneRegistryFactory.getInstance().createRegistry();

    private CalendarInvitations() {}

    /** {@code METHOD:REQUEST}: invites the attendees, or updates the invitation (higher SEQUENCE). */
    public static String request(CalendarEvent event, Instant stamp) {
        return write(Method.VALUE_REQUEST, event, stamp);
    }

    /** {@code METHOD:CANCEL}: cancels the event for its attendees; give it a higher SEQUENCE than the last request. */
    public static String cancel(CalendarEvent event, Instant stamp) {
        return write(Method.VALUE_CANCEL, event, stamp);
    }

    /** {@code METHOD:PUBLISH}: an event to add to one's calendar, nobody asked to answer (attendees left out). */
    public static String publish(CalendarEvent event, Instant stamp) {
        return write(Method.VALUE_PUBLISH, event, stamp);
    }

    private static String write(String method, CalendarEvent e, Instant stamp) {
        TimeZone zone = ZONES.getTimeZone(e.zone().getId());
        if (zone == null) {
            throw new IllegalArgumentException("No VTIMEZONE known for " + e.zone());
        }
        VEvent event = new VEvent(false);
        event.add(new Uid(e.uid()));
        event.add(new Sequence(e.sequence()));
        event.add(new DtStamp(stamp.truncatedTo(java.time.temporal.ChronoUnit.SECONDS)));
        event.add(new DtStart<>(local(e.start(), e)));
        event.add(new DtEnd<>(local(e.end(), e)));
        event.add(new Summary(clean(e.summary())));
        if (e.description() != null && !e.description().isBlank()) {
            event.add(new Description(clean(e.description())));
        }
        if (e.location() != null && !e.location().isBlank()) {
            event.add(new Location(clean(e.location())));
        }
        event.add(organizer(e.organizer()));
        if (!Method.VALUE_PUBLISH.equals(method)) {
            for (CalendarEvent.Attendee a : e.attendees()) {
                event.add(attendee(a));
            }
        }
        switch (method) {
            case Method.VALUE_CANCEL -> event.add(new Status(Status.VALUE_CANCELLED));
            default -> event.add(new Status(Status.VALUE_CONFIRMED));
        }
        event.add(new Transp(Transp.VALUE_OPAQUE));

        Calendar calendar = new Calendar();
        calendar.add(new ProdId(PRODUCT_ID));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(new CalScale(CalScale.VALUE_GREGORIAN));
        calendar.add(new Method(method));
        calendar.add(vtimezone(zone, e));
        calendar.add(event);
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter(false).output(calendar, out);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return out.toString();
    }

    /**
     * The zone's VTIMEZONE under the TZID that DTSTART/DTEND carry: ical4j files some zones under the zone they
     * link to (Indian/Reunion under Asia/Dubai, the same rules), and a client must find the TZID it reads.
     */
    private static VTimeZone vtimezone(TimeZone zone, CalendarEvent e) {
        VTimeZone vtz = zone.getVTimeZone();
        if (!e.zone().getId().equals(vtz.getTimeZoneId().getValue())) {
            vtz = vtz.copy();
            vtz.replace(new TzId(e.zone().getId()));
        }
        return vtz;
    }

    private static ZonedDateTime local(Instant instant, CalendarEvent e) {
        return instant.truncatedTo(java.time.temporal.ChronoUnit.SECONDS).atZone(e.zone());
    }

    private static Organizer organizer(CalendarEvent.Participant p) {
        Organizer organizer = new Organizer(mailto(p.email()));
        if (p.name() != null && !p.name().isBlank()) {
            organizer.add(new Cn(parameterText(p.name())));
        }
        return organizer;
    }

    private static Attendee attendee(CalendarEvent.Attendee a) {
        Attendee attendee = new Attendee(mailto(a.who().email()));
        if (a.who().name() != null && !a.who().name().isBlank()) {
            attendee.add(new Cn(parameterText(a.who().name())));
        }
        attendee.add(CuType.INDIVIDUAL);
        attendee.add(new net.fortuna.ical4j.model.parameter.Role(a.role().ical()));
        if (a.role() != CalendarEvent.Role.NON_PARTICIPANT) {
            attendee.add(PartStat.NEEDS_ACTION);
            attendee.add(Rsvp.TRUE);
        }
        return attendee;
    }

    static URI mailto(String email) {
        try {
            return new URI("mailto", email.strip(), null);
        } catch (URISyntaxException ex) {
            throw new IllegalArgumentException("Unusable address: " + email, ex);
        }
    }

    /** A TEXT value: no control character but line breaks and tabs (ical4j escapes the rest). */
    static String clean(String text) {
        return text.replace("\r\n", "\n").replace('\r', '\n').replaceAll("[\\p{Cntrl}&&[^\\n\\t]]", "");
    }

    /** A parameter value (RFC 5545 §3.1: quoted, no DQUOTE, no control character). */
    static String parameterText(String text) {
        return text.replace('"', '\'').replaceAll("\\p{Cntrl}", " ").strip();
    }
}
