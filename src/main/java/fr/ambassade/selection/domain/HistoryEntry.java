package fr.ambassade.selection.domain;

import fr.ambassade.selection.ApplicationState;
import java.time.Instant;

/**
 * One line of an application's history.
 *
 * @param from {@code null} for the creation
 * @param byAccountId who acted, {@code null} for the system (a scheduled job)
 */
public record HistoryEntry(ApplicationState from, ApplicationState to, Instant at, Long byAccountId, String reason) {}
