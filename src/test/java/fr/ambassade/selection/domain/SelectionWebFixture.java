package fr.ambassade.selection.domain;

import fr.ambassade.shared.security.Role;
import java.util.Locale;
import org.springframework.stereotype.Component;

/** Data for the selection's page tests (outside this package), built by {@link SelectionFixture}. */
@Component
public class SelectionWebFixture {

    private final SelectionFixture f;

    SelectionWebFixture(SelectionFixture f) {
        this.f = f;
    }

    /** A submitted application of a new provider; returns the provider's (unique) name. */
    public String submittedApplicationOf(String prefix) {
        long provider = f.provider(prefix);
        f.submitted(f.candidate(Locale.FRENCH, provider), provider);
        return f.providers.get(provider).name();
    }

    /** A draft of a new provider; returns the provider's name. */
    public String draftOf(String prefix) {
        long provider = f.provider(prefix);
        f.draft(f.candidate(Locale.FRENCH, provider), provider);
        return f.providers.get(provider).name();
    }

    /** A staff account's e-mail (for a page test that logs in). */
    public String staff(Role role) {
        return f.staff(role).email();
    }
}
