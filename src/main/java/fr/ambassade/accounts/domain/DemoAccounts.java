package fr.ambassade.accounts.domain;

import fr.ambassade.shared.security.Role;
import java.util.List;
import java.util.Set;

/** The fixed demo logins, one per role, listed on the login page in demo mode only. */
public final class DemoAccounts {

    public static final String PASSWORD = "demo-ambassade";
    public static final String DOMAIN = "@demo.ambassade.test";

    /**
     * @param name the role's demo name (message key {@code accounts.demo.role.<name>} and e-mail local part)
     */
    public record DemoLogin(String name, String displayName, Set<Role> roles) {
        public String email() {
            return name + DOMAIN;
        }

        public String password() {
            return PASSWORD;
        }
    }

    public static final List<DemoLogin> ALL = List.of(
            new DemoLogin("director", "Danièle Directrice", Set.of(Role.DIRECTOR)),
            new DemoLogin("admin", "Alain Admin", Set.of(Role.ADMIN)),
            new DemoLogin("animator", "Anna Animatrice", Set.of(Role.ANIMATOR)),
            new DemoLogin("editor", "Émile Éditeur", Set.of(Role.EDITOR)),
            new DemoLogin("counselor", "Claire Conseillère", Set.of(Role.COUNSELOR)),
            new DemoLogin("ambassador", "Amandine Ambassadrice", Set.of(Role.PROVIDER)),
            new DemoLogin("candidate", "Camille Candidate", Set.of(Role.PROVIDER)),
            new DemoLogin("resident", "Rémi Résident", Set.of(Role.RESIDENT)));

    private DemoAccounts() {}
}
