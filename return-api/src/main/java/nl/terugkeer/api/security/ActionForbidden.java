package nl.terugkeer.api.security;

/** The actor's role or organisation does not allow this command; answered with 403. */
public final class ActionForbidden extends RuntimeException {
    public ActionForbidden(String message) {
        super(message, null, false, false);
    }
}
