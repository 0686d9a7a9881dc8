package nl.terugkeer.core.shared;

/** A command broke a rule of the model; nothing was recorded. */
public final class RuleViolation extends RuntimeException {

    private final transient Rejection rejection;

    public RuleViolation(Rejection rejection) {
        super(rejection.code() + ": " + rejection.detail(), null, false, false);
        this.rejection = rejection;
    }

    public Rejection rejection() {
        return rejection;
    }
}
