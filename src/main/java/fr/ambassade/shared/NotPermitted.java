package fr.ambassade.shared;

/**
 * A change the acting user's roles do not allow, although they may open the page or call the route (the director
 * declines without a visit, not the animator, unless a setting allows it). A refusal of the whole change like any
 * other on a page (shown above the form); on an API, a 403 problem+json with its message
 * ({@code shared/web/ApiExceptionHandler}).
 */
public class NotPermitted extends RefusedChange {

    public NotPermitted(String messageKey, Object... args) {
        super(null, messageKey, args);
    }
}
