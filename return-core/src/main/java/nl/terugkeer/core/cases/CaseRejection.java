package nl.terugkeer.core.cases;

import nl.terugkeer.core.shared.RejectionCode;

/** Why the Case aggregate refuses a command. */
public enum CaseRejection implements RejectionCode {
    MUNICIPALITY_SIGNAL_NEEDS_CODE(
            Kind.RULE,
            "Een signaal van een gemeente vermeldt de gemeentecode.",
            "A signal by a municipality names the municipality code."),
    ONLY_MUNICIPALITY_SIGNAL_HAS_CODE(
            Kind.RULE,
            "Alleen een signaal van een gemeente vermeldt een gemeentecode.",
            "Only a signal by a municipality names a municipality code.");

    private final Kind kind;
    private final String dutch;
    private final String english;

    CaseRejection(Kind kind, String dutch, String english) {
        this.kind = kind;
        this.dutch = dutch;
        this.english = english;
    }

    @Override
    public Kind kind() {
        return kind;
    }

    @Override
    public String dutch() {
        return dutch;
    }

    @Override
    public String english() {
        return english;
    }
}
