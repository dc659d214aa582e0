package fr.ambassade.providers;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A listener after commit, as the selection, experiences and events modules will have, so that the tests see the
 * providers' events delivered through the event publication registry. A plain {@code @Component} of the test
 * classpath: the application's component scan picks it up, so every integration test shares it (one context).
 * {@link #failOnceFor} makes the next delivery of a merge fail, as a crash between commit and delivery would.
 */
@Component
public class ProviderEventsProbe {

    private final List<ProviderMerged> merges = new CopyOnWriteArrayList<>();
    private final List<ProviderNetworkStatusChanged> statusChanges = new CopyOnWriteArrayList<>();
    private final Set<Long> failingSurvivors = ConcurrentHashMap.newKeySet();

    @ApplicationModuleListener
    void on(ProviderMerged event) {
        if (failingSurvivors.remove(event.survivorId())) {
            throw new IllegalStateException("Listener down while the merge of " + event.survivorId() + " commits");
        }
        merges.add(event);
    }

    @ApplicationModuleListener
    void on(ProviderNetworkStatusChanged event) {
        statusChanges.add(event);
    }

    /** The next delivery of a merge into this survivor fails (once). */
    public void failOnceFor(long survivorId) {
        failingSurvivors.add(survivorId);
    }

    public List<ProviderMerged> mergesInto(long survivorId) {
        return merges.stream().filter(e -> e.survivorId() == survivorId).toList();
    }

    public List<ProviderNetworkStatusChanged> statusChangesOf(long providerId) {
        return statusChanges.stream().filter(e -> e.providerId() == providerId).toList();
    }
}
