package nl.terugkeer.core.aliens;

import nl.terugkeer.core.shared.RejectionCode;

/** Why the Alien aggregate refuses a command. */
public enum AlienRejection implements RejectionCode {
    INVALID_NATIONALITY(
            Kind.INVALID_INPUT,
            "Een nationaliteit is een ICAO-code van 3 letters (XXX als onbekend).",
            "A nationality is a 3-letter ICAO code (XXX when unknown)."),
    DATE_OF_BIRTH_AFTER_REGISTRATION(
            Kind.RULE,
            "De geboortedatum ligt na de registratiedatum.",
            "The date of birth lies after the registration date.");

    private final Kind kind;
    private final String dutch;
    private final String english;

    AlienRejection(Kind kind, String dutch, String english) {
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
