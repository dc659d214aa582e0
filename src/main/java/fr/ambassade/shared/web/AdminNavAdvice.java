package fr.ambassade.shared.web;

import fr.ambassade.shared.security.ActingUser;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Comparator;
import java.util.List;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Gives back-office views the navigation entries the current user may see ({@code adminNav}). */
@ControllerAdvice
public class AdminNavAdvice {

    private final List<AdminNavItem> items;

    public AdminNavAdvice(List<AdminNavItem> items) {
        this.items = items.stream()
                .sorted(Comparator.comparingInt(AdminNavItem::order))
                .toList();
    }

    @ModelAttribute("adminNav")
    public List<AdminNavItem> adminNav(HttpServletRequest request) {
        if (!request.getRequestURI().startsWith(request.getContextPath() + "/admin")) {
            return List.of();
        }
        Authentication auth = ActingUser.authentication().orElse(null);
        if (auth == null) {
            return List.of();
        }
        List<String> authorities = auth.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .toList();
        return items.stream().filter(i -> i.visibleTo(authorities)).toList();
    }
}
