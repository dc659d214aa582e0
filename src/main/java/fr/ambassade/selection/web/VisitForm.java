package fr.ambassade.selection.web;

import fr.ambassade.selection.domain.Commands;
import fr.ambassade.selection.domain.VisitView;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.LinkedHashSet;
import java.util.Set;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * A visit to schedule or reschedule: date and time typed in the destination's zone, duration, place, evaluators
 * (staff account ids, chosen with checkboxes). {@code version}: the application's (schedule) or the visit's
 * (reschedule).
 */
public class VisitForm {

    private long version;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate date;

    @DateTimeFormat(pattern = "HH:mm")
    private LocalTime time;

    private Integer durationMinutes = 90;
    private String place;
    private Set<Long> evaluators = new LinkedHashSet<>();

    static VisitForm of(VisitView v, ZoneId zone) {
        VisitForm f = new VisitForm();
        ZonedDateTime at = v.startsAt().atZone(zone);
        f.version = v.version();
        f.date = at.toLocalDate();
        f.time = at.toLocalTime().withSecond(0).withNano(0);
        f.durationMinutes = v.durationMinutes();
        f.place = v.place();
        f.evaluators = new LinkedHashSet<>(v.evaluatorAccountIds());
        return f;
    }

    Instant startsAt(ZoneId zone) {
        return date == null || time == null
                ? null
                : ZonedDateTime.of(date, time, zone).toInstant();
    }

    Commands.ScheduleVisit toSchedule(long applicationId, ZoneId zone) {
        return new Commands.ScheduleVisit(
                applicationId, version, startsAt(zone), minutes(), place, Set.copyOf(evaluators));
    }

    Commands.RescheduleVisit toReschedule(long visitId, ZoneId zone) {
        return new Commands.RescheduleVisit(visitId, version, startsAt(zone), minutes(), place, Set.copyOf(evaluators));
    }

    private int minutes() {
        return durationMinutes == null ? 0 : durationMinutes;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    public LocalTime getTime() {
        return time;
    }

    public void setTime(LocalTime time) {
        this.time = time;
    }

    public Integer getDurationMinutes() {
        return durationMinutes;
    }

    public void setDurationMinutes(Integer durationMinutes) {
        this.durationMinutes = durationMinutes;
    }

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place;
    }

    public Set<Long> getEvaluators() {
        return evaluators;
    }

    public void setEvaluators(Set<Long> evaluators) {
        this.evaluators = evaluators == null ? new LinkedHashSet<>() : evaluators;
    }
}
