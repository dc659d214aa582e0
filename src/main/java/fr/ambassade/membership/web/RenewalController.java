package fr.ambassade.membership.web;

import fr.ambassade.accounts.EstablishmentAccess;
import fr.ambassade.membership.MembershipSummary;
import fr.ambassade.membership.Memberships;
import fr.ambassade.providers.ProviderSummary;
import fr.ambassade.providers.Providers;
import fr.ambassade.selection.ApplicationKind;
import fr.ambassade.selection.ApplicationSummary;
import fr.ambassade.selection.Selection;
import fr.ambassade.shared.RefusedChange;
import fr.ambassade.shared.web.Flash;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The renewal of the ambassador title from the ambassador's side ({@link Memberships#RENEWAL_START_PATH}, linked from
 * the renewal reminders): the memberships of the establishments the user manages, with their renewal date, and for
 * each either the renewal application in progress or "start the renewal", which asks the selection module for a
 * RENEWAL draft pre-filled from the last accepted application and leads to the candidate's application page (edit,
 * save, submit). Another establishment answers 404; no membership or an open application is refused with a message.
 */
@Controller
class RenewalController {

    private final Memberships memberships;
    private final Selection selection;
    private final Providers providers;
    private final EstablishmentAccess access;
    private final Flash flash;

    RenewalController(
            Memberships memberships,
            Selection selection,
            Providers providers,
            EstablishmentAccess access,
            Flash flash) {
        this.memberships = memberships;
        this.selection = selection;
        this.providers = providers;
        this.access = access;
        this.flash = flash;
    }

    /** One establishment's title: the membership, and the renewal application not closed yet, if any. */
    record RenewalRow(ProviderSummary provider, MembershipSummary membership, ApplicationSummary openRenewal) {

        public String openRenewalPage() {
            return openRenewal == null ? null : Selection.candidatePage(openRenewal.id());
        }
    }

    @GetMapping(Memberships.RENEWAL_START_PATH)
    String page(Model model) {
        List<RenewalRow> rows = new ArrayList<>();
        for (ProviderSummary p : providers.byIds(new ArrayList<>(new TreeSet<>(access.managedByCurrentUser())))) {
            memberships
                    .liveOf(p.id())
                    .ifPresent(m ->
                            rows.add(new RenewalRow(p, m, openRenewal(p.id()).orElse(null))));
        }
        model.addAttribute("rows", rows);
        return "membership/space-renewal";
    }

    @PostMapping(Memberships.RENEWAL_START_PATH + "/{providerId}")
    String start(@PathVariable long providerId, RedirectAttributes redirect) {
        access.requireAccess(providerId);
        if (memberships.liveOf(providerId).isEmpty()) {
            flash.error(redirect, "membership.renewal.error.noMembership");
            return "redirect:" + Memberships.RENEWAL_START_PATH;
        }
        try {
            ApplicationSummary draft = selection.startRenewal(providerId);
            flash.success(redirect, "membership.renewal.started");
            return "redirect:" + Selection.candidatePage(draft.id());
        } catch (RefusedChange e) {
            flash.error(redirect, e);
            return "redirect:" + Memberships.RENEWAL_START_PATH;
        }
    }

    private Optional<ApplicationSummary> openRenewal(long providerId) {
        return selection.ofProvider(providerId).stream()
                .filter(a -> a.kind() == ApplicationKind.RENEWAL && !a.state().isFinal())
                .findFirst();
    }
}
