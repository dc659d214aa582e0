package fr.ambassade.selection.domain;

import fr.ambassade.mail.OutgoingMail;
import fr.ambassade.providers.ProviderSummary;
import fr.ambassade.providers.Providers;
import fr.ambassade.settings.BrandValue;
import fr.ambassade.settings.DestinationSettings;
import fr.ambassade.shared.DisplayTime;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
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

    CandidateMails(Providers providers, DestinationSettings settings, DisplayTime displayTime) {
        this.providers = providers;
        this.settings = settings;
        this.displayTime = displayTime;
    }

    /** The e-mail of a transition; empty when the candidate has no address (staff applied for a provider without). */
    Optional<OutgoingMail> transition(Application a, Event event) {
        if (a.getCandidateEmail() == null) {
            return Optional.empty();
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
        return Optional.of(mail(a, event, model));
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
