package nl.terugkeer.core.shared;

/**
 * Every reason a command can be refused, with a stable code (the enum name, part of the API contract), whether
 * the input itself is malformed or a rule of the process refuses it, and a message in Dutch and in English.
 */
public enum RejectionCode {
    INVALID_V_NUMBER(
            Kind.INVALID_INPUT, "Een V-nummer bestaat uit precies 10 cijfers.", "A V-number has exactly 10 digits."),
    INVALID_MUNICIPALITY_CODE(
            Kind.INVALID_INPUT,
            "Een gemeentecode is GM gevolgd door 4 cijfers (CBS).",
            "A municipality code is GM followed by 4 digits (CBS)."),
    MISSING_REQUIRED_FIELD(Kind.INVALID_INPUT, "Een verplicht gegeven ontbreekt.", "A required field is missing."),
    INVALID_NATIONALITY(
            Kind.INVALID_INPUT,
            "Een nationaliteit is een ICAO-code van 3 letters (XXX als onbekend).",
            "A nationality is a 3-letter ICAO code (XXX when unknown)."),
    DATE_IN_FUTURE(Kind.RULE, "De datum ligt in de toekomst.", "The date lies in the future."),
    MUNICIPALITY_SIGNAL_NEEDS_CODE(
            Kind.RULE,
            "Een signaal van een gemeente vermeldt de gemeentecode.",
            "A signal by a municipality names the municipality code."),
    ONLY_MUNICIPALITY_SIGNAL_HAS_CODE(
            Kind.RULE,
            "Alleen een signaal van een gemeente vermeldt een gemeentecode.",
            "Only a signal by a municipality names a municipality code."),
    DATE_OF_BIRTH_AFTER_REGISTRATION(
            Kind.RULE,
            "De geboortedatum ligt na de registratiedatum.",
            "The date of birth lies after the registration date.");

    /** Malformed input is the client's to fix (HTTP 400); a rule refusal is a fact of the process (HTTP 422). */
    public enum Kind {
        INVALID_INPUT,
        RULE
    }

    private final Kind kind;
    private final String dutch;
    private final String english;

    RejectionCode(Kind kind, String dutch, String english) {
        this.kind = kind;
        this.dutch = dutch;
        this.english = english;
    }

    public Kind kind() {
        return kind;
    }

    public String dutch() {
        return dutch;
    }

    public String english() {
        return english;
    }
}
