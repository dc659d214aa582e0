package fr.ambassade.shared.calendar;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;

/**
 * One event of a calendar invitation ({@link CalendarInvitations}), with texts already in the recipient's
 * language. The caller keeps {@link #uid} and {@link #sequence} with what the event is about (a visit, a network
 * event): every later message about the same event — a change or the cancellation — carries the same UID and a
 * higher SEQUENCE ({@link #next()}, or {@link #revisedTo} which bumps it only when something changed), so mail
 * clients update the entry instead of adding one.
 *
 * @param uid stable, globally unique ({@code visit-42@ambassade.example}); at most 255 characters
 * @param sequence 0 for the first invitation, then one more for each change
 * @param start start instant; written in {@code zone} with its TZID and VTIMEZONE
 * @param end end instant, after {@code start}
 * @param zone the destination's time zone ({@code DestinationTimeZone})
 * @param summary the title
 * @param description longer text, or null
 * @param location where, or null
 * @param organizer who invites (the tourism office's address and name)
 * @param attendees who is invited (none for {@code PUBLISH})
 */
public record CalendarEvent(
        String uid,
        int sequence,
        Instant start,
        Instant end,
        ZoneId zone,
        String summary,
        String description,
        String location,
        Participant organizer,
        List<Attendee> attendees) {

    public CalendarEvent {
        Objects.requireNonNull(uid, "uid");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(organizer, "organizer");
        if (uid.isBlank() || uid.length() > 255 || uid.chars().anyMatch(c -> c < 0x21 || c == 0x7f)) {
            throw new IllegalArgumentException("A UID is 1 to 255 visible characters: " + uid);
        }
        if (sequence < 0) {
            throw new IllegalArgumentException("SEQUENCE is never negative: " + sequence);
        }
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("The end " + end + " is not after the start " + start);
        }
        attendees = attendees == null ? List.of() : List.copyOf(attendees);
    }

    /** Someone of the event: an e-mail address and the name shown beside it. */
    public record Participant(String name, String email) {
        public Participant {
            Objects.requireNonNull(email, "email");
            if (email.isBlank() || email.chars().anyMatch(c -> c <= 0x20 || c == 0x7f)) {
                throw new IllegalArgumentException("Unusable address: " + email);
            }
        }
    }

    /** An invited person; asked to answer (RSVP) unless {@code role} is {@link Role#NON_PARTICIPANT}. */
    public record Attendee(Participant who, Role role) {
        public Attendee {
            Objects.requireNonNull(who, "who");
            Objects.requireNonNull(role, "role");
        }

        public static Attendee required(String name, String email) {
            return new Attendee(new Participant(name, email), Role.REQ_PARTICIPANT);
        }

        public static Attendee optional(String name, String email) {
            return new Attendee(new Participant(name, email), Role.OPT_PARTICIPANT);
        }
    }

    /** The ROLE parameter of RFC 5545 (§3.2.16). */
    public enum Role {
        CHAIR,
        REQ_PARTICIPANT,
        OPT_PARTICIPANT,
        NON_PARTICIPANT;

        String ical() {
            return name().replace('_', '-');
        }
    }

    /** The same event, one SEQUENCE further: for a change or a cancellation. */
    public CalendarEvent next() {
        return new CalendarEvent(
                uid, sequence + 1, start, end, zone, summary, description, location, organizer, attendees);
    }

    /**
     * The event as it is now, {@code changed}, numbered after this one: the same UID, SEQUENCE one more than this
     * one if anything differs (time, texts, people), this one's otherwise (a message sent again is not a change).
     */
    public CalendarEvent revisedTo(CalendarEvent changed) {
        CalendarEvent same = new CalendarEvent(
                uid,
                sequence,
                changed.start,
                changed.end,
                changed.zone,
                changed.summary,
                changed.description,
                changed.location,
                changed.organizer,
                changed.attendees);
        return same.equals(this) ? this : same.next();
    }

    /** The same event at another time, one SEQUENCE further. */
    public CalendarEvent rescheduled(Instant newStart, Instant newEnd) {
        return new CalendarEvent(
                uid, sequence + 1, newStart, newEnd, zone, summary, description, location, organizer, attendees);
    }
}
