package fr.ambassade.selection;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A listener after commit, as the membership module has, so that tests see the selection's events delivered through
 * the event publication registry (a component of the test classpath shared by every integration test).
 */
@Component
public class SelectionEventsProbe {

    private final List<ApplicationSubmitted> submitted = new CopyOnWriteArrayList<>();
    private final List<ApplicationDecided> decided = new CopyOnWriteArrayList<>();

    @ApplicationModuleListener
    void on(ApplicationSubmitted event) {
        submitted.add(event);
    }

    @ApplicationModuleListener
    void on(ApplicationDecided event) {
        decided.add(event);
    }

    public List<ApplicationSubmitted> submittedOf(long applicationId) {
        return submitted.stream()
                .filter(e -> e.applicationId() == applicationId)
                .toList();
    }

    public List<ApplicationDecided> decidedOf(long applicationId) {
        return decided.stream().filter(e -> e.applicationId() == applicationId).toList();
    }
}
