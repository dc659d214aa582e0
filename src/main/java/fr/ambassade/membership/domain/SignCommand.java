package fr.ambassade.membership.domain;

/**
 * A charter signature as the signer sent it.
 *
 * @param charterVersion the version shown on the page (a newer one published meanwhile refuses the signature)
 * @param language the language the charter was shown in
 * @param fullName the name typed
 * @param consent the explicit consent box
 */
public record SignCommand(int charterVersion, String language, String fullName, boolean consent) {}
