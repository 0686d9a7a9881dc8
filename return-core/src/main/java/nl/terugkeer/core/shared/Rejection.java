package nl.terugkeer.core.shared;

import java.util.Objects;
import java.util.Optional;

/** Why a command is refused: a stable code and a detail that names what is wrong (never personal data). */
public record Rejection(RejectionCode code, String detail) {

    public Rejection {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(detail, "detail");
    }

    public static Rejection of(RejectionCode code, String detail) {
        return new Rejection(code, detail);
    }

    /** Throws the first rejection among the verdicts of a command's rules; returns when all allow it. */
    @SafeVarargs
    public static void enforce(Optional<Rejection>... verdicts) {
        for (Optional<Rejection> verdict : verdicts) {
            verdict.ifPresent(rejection -> {
                throw new RuleViolation(rejection);
            });
        }
    }
}
