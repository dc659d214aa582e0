package fr.ambassade.shared.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

class ActingUserTest {

    @AfterEach
    void clear() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aLoggedInUserHasANameAndRoles() {
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        "animatrice@ot.example",
                        null,
                        List.of(
                                new SimpleGrantedAuthority("ROLE_ANIMATOR"),
                                new SimpleGrantedAuthority("ROLE_EDITOR"))));
        assertThat(ActingUser.name()).contains("animatrice@ot.example");
        assertThat(ActingUser.nameOrSystem()).isEqualTo("animatrice@ot.example");
        assertThat(ActingUser.roles()).containsExactlyInAnyOrder(Role.ANIMATOR, Role.EDITOR);
        assertThat(ActingUser.hasAnyRole(Set.of(Role.DIRECTOR, Role.ANIMATOR))).isTrue();
        assertThat(ActingUser.hasRole(Role.ADMIN)).isFalse();
    }

    @Test
    void anAnonymousVisitorOrAJobIsTheSystemWithoutRoles() {
        assertThat(ActingUser.nameOrSystem()).isEqualTo(ActingUser.SYSTEM);
        SecurityContextHolder.getContext()
                .setAuthentication(new AnonymousAuthenticationToken(
                        "key", "anonymousUser", List.of(new SimpleGrantedAuthority("ROLE_ANONYMOUS"))));
        assertThat(ActingUser.name()).isEmpty();
        assertThat(ActingUser.nameOrSystem()).isEqualTo("system");
        assertThat(ActingUser.roles()).isEmpty();
        assertThat(ActingUser.hasAnyRole(Role.STAFF)).isFalse();
    }
}
