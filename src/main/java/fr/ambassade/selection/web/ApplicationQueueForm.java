package fr.ambassade.selection.web;

import fr.ambassade.selection.ApplicationKind;
import fr.ambassade.selection.ApplicationState;
import org.springframework.web.util.UriComponentsBuilder;

/** The queue's filters, bound from GET parameters so that a filtered queue is a link (unknown values ignored). */
public class ApplicationQueueForm {

    private ApplicationState state;
    private ApplicationKind kind;

    public ApplicationState getState() {
        return state;
    }

    public void setState(ApplicationState state) {
        this.state = state;
    }

    public ApplicationKind getKind() {
        return kind;
    }

    public void setKind(ApplicationKind kind) {
        this.kind = kind;
    }

    /** The queue's link for another page with the same (valid) filters. */
    String pageUrl(int page) {
        return withState(state).queryParam("page", page).build().toUriString();
    }

    /** The queue's link filtered on this state (null: every state) and the current kind. */
    public String stateUrl(ApplicationState s) {
        return withState(s).build().toUriString();
    }

    private UriComponentsBuilder withState(ApplicationState s) {
        UriComponentsBuilder b = UriComponentsBuilder.fromPath("/admin/applications");
        if (s != null) {
            b.queryParam("state", s);
        }
        if (kind != null) {
            b.queryParam("kind", kind);
        }
        return b;
    }
}
