package fr.ambassade.selection.domain;

import fr.ambassade.accounts.AccountRef;
import fr.ambassade.accounts.CurrentUser;
import fr.ambassade.mail.MailAttachment;
import fr.ambassade.mail.OutgoingMail;
import fr.ambassade.providers.ProviderSummary;
import fr.ambassade.providers.Providers;
import fr.ambassade.settings.BrandValue;
import fr.ambassade.settings.DestinationSettings;
import fr.ambassade.shared.DisplayTime;
import fr.ambassade.shared.calendar.CalendarEvent;
import fr.ambassade.shared.calendar.CalendarInvitations;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The e-mails to the candidate, one per transition, in the candidate's language (French, English or Dutch): template
 * {@code mail/selection-candidate}, subject and text {@code selection.mail.<event>.*}. A decline carries the feedback
 * per value written for the candidate, never a score or the animator's recommendation.
 */
@Component
class CandidateMails {

    static final String TEMPLATE = "selection-candidate";

    /** What happened, naming the texts {@code selection.mail.<key>.subject} and {@code .text}. */
    enum Event {
        SUBMITTED("submitted"),
        REVIEW_STARTED("reviewStarted"),
        VISIT_SCHEDULED("visitScheduled"),
        VISIT_RESCHEDULED("visitRescheduled"),
        VISIT_CANCELLED("visitCancelled"),
        EVALUATED("evaluated"),
        IN_COMMITTEE("inCommittee"),
        REMOVED_FROM_AGENDA("removedFromAgenda"),
        ACCEPTED("accepted"),
        /** An accepted renewal (by a committee or without one): the title goes on, no charter to sign. */
        RENEWAL_ACCEPTED("renewalAccepted"),
        DECLINED("declined"),
        DEFERRED("deferred"),
        REOPENED("reopened"),
        WITHDRAWN("withdrawn");

        final String key;

        Event(String key) {
            this.key = key;
        }
    }

    private final Providers providers;
    private final DestinationSettings settings;
    private final DisplayTime displayTime;
    private final MessageSource messages;
    private final CurrentUser currentUser;
    private final String uidDomain;

    CandidateMails(
            Providers providers,
            DestinationSettings settings,
            DisplayTime displayTime,
            MessageSource messages,
            CurrentUser currentUser,
            @Value("${ambassade.base-url:http://localhost}") String baseUrl) {
        this.providers = providers;
        this.settings = settings;
        this.displayTime = displayTime;
        this.messages = messages;
        this.currentUser = currentUser;
        String host = URI.create(baseUrl).getHost();
        this.uidDomain = host == null || host.isBlank() ? "ambassade" : host;
    }

    /** The e-mail of a transition; empty when the candidate has no address (staff applied for a provider without). */
    Optional<OutgoingMail> transition(Application a, Event event) {
        if (a.getCandidateEmail() == null) {
            return Optional.empty();
        }
        if (event == Event.ACCEPTED && a.getKind() == fr.ambassade.selection.ApplicationKind.RENEWAL) {
            event = Event.RENEWAL_ACCEPTED;
        }
        Locale locale = locale(a);
        Map<String, Object> model = base(a, event);
        if (event == Event.DECLINED) {
            model.put("feedback", feedback(a.getDeclineFeedback(), locale));
        }
        if (event == Event.DEFERRED) {
            model.put("conditions", a.getDeferralConditions());
            model.put("reviewDate", date(a.getReviewDate(), locale));
        }
        return Optional.of(mail(a, event, model));
    }

    /**
     * The e-mail about a visit (scheduled, rescheduled, cancelled). <strong>Seam for the calendar invitation:</strong>
     * the integration of the ICS infrastructure attaches here the iTIP {@code REQUEST} (or {@code CANCEL}) built from
     * {@code visit} (its {@code sequence} is the ICS SEQUENCE), and nowhere else.
     */
    Optional<OutgoingMail> visitMail(Application a, VisitView visit, Event event) {
        if (a.getCandidateEmail() == null) {
            return Optional.empty();
        }
        Locale locale = locale(a);
        Map<String, Object> model = base(a, event);
        model.put("visitWhen", displayTime.dateTime(visit.startsAt(), locale));
        model.put("visitMinutes", String.valueOf(visit.durationMinutes()));
        model.put("visitPlace", visit.place());
        OutgoingMail mail = mail(a, event, model);
        Optional<CalendarEvent> invitation = invitation(a, visit, locale);
        if (invitation.isPresent()) {
            Instant stamp = Instant.now();
            mail = event == Event.VISIT_CANCELLED
                    ? mail.withAttachment(MailAttachment.calendar(
                            "visit-cancelled.ics", "CANCEL", CalendarInvitations.cancel(invitation.get(), stamp)))
                    : mail.withAttachment(MailAttachment.calendar(
                            "visit.ics", "REQUEST", CalendarInvitations.request(invitation.get(), stamp)));
        }
        return Optional.of(mail);
    }

    /**
     * The visit as a calendar event (iTIP): UID stable per visit, SEQUENCE the visit's, the destination's zone;
     * organised by the destination's contact address (else the staff member acting), the candidate invited. Empty
     * when nobody can be the organiser.
     */
    Optional<CalendarEvent> invitation(Application a, VisitView visit, Locale locale) {
        String destination = settings.current().name();
        String organizerEmail = settings.current().contact() == null
                ? null
                : settings.current().contact().email();
        String organizerName = destination;
        if (organizerEmail == null) {
            Optional<AccountRef> me = currentUser.current();
            if (me.isEmpty()) {
                return Optional.empty();
            }
            organizerEmail = me.get().email();
            organizerName = me.get().displayName();
        }
        String provider = providerName(a);
        return Optional.of(new CalendarEvent(
                "selection-visit-" + visit.id() + "@" + uidDomain,
                visit.sequence(),
                visit.startsAt(),
                visit.endsAt(),
                displayTime.zone(),
                messages.getMessage("selection.ics.summary", new Object[] {provider, destination}, locale),
                messages.getMessage("selection.ics.description", new Object[] {provider, destination}, locale),
                visit.place(),
                new CalendarEvent.Participant(organizerName, organizerEmail),
                List.of(CalendarEvent.Attendee.required(provider, a.getCandidateEmail()))));
    }

    private Map<String, Object> base(Application a, Event event) {
        Map<String, Object> model = new HashMap<>();
        model.put("providerName", providerName(a));
        model.put("textKey", "selection.mail." + event.key + ".text");
        model.put("applicationId", String.valueOf(a.getId()));
        return model;
    }

    private OutgoingMail mail(Application a, Event event, Map<String, Object> model) {
        return OutgoingMail.of(
                a.getCandidateEmail(),
                locale(a),
                TEMPLATE,
                "selection.mail." + event.key + ".subject",
                model,
                model.get("providerName"));
    }

    static Locale locale(Application a) {
        return Locale.forLanguageTag(a.getCandidateLanguage() == null ? "fr" : a.getCandidateLanguage());
    }

    private String providerName(Application a) {
        return a.getProviderId() == null
                ? ""
                : providers.byId(a.getProviderId()).map(ProviderSummary::name).orElse("");
    }

    /** Value name (in the candidate's language) and the feedback, in the values' order. */
    private List<Map<String, String>> feedback(Map<String, String> byValue, Locale locale) {
        List<Map<String, String>> lines = new ArrayList<>();
        for (BrandValue v : settings.values()) {
            String text = byValue.get(v.code());
            if (text != null) {
                lines.add(Map.of("value", v.name().get(locale), "text", text));
            }
        }
        byValue.forEach((code, text) -> {
            if (settings.value(code).isEmpty()) {
                lines.add(Map.of("value", code, "text", text));
            }
        });
        return lines;
    }

    private String date(LocalDate date, Locale locale) {
        return date == null
                ? ""
                : displayTime.date(date.atStartOfDay(displayTime.zone()).toInstant(), locale);
    }
}
