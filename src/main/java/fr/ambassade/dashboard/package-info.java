/**
 * The director's dashboard on the back-office home ({@code /admin}): dilution of the network's values (average score
 * of the active ambassadors, per yearly cohort, ambassadors close to the pass threshold) and coverage of the territory
 * (communes and population with an active ambassador, a map and a list of the communes without one). It only reads,
 * through the facades of membership, providers, territory and settings; the computations are in
 * {@link fr.ambassade.dashboard.domain.DashboardFigures}. See docs/dashboard.md.
 */
@org.springframework.modulith.ApplicationModule
package fr.ambassade.dashboard;
