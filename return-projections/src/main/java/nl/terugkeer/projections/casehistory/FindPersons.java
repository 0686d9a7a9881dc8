package nl.terugkeer.projections.casehistory;

import java.time.LocalDate;

/**
 * Query: the persons registered with this V-number, or with this surname (case-insensitive, exact) and, when
 * given, date of birth. Personal data: it travels in request bodies only, never in URLs or logs.
 */
public record FindPersons(String vNumber, String surname, LocalDate dateOfBirth) {

    @Override
    public String toString() {
        return "FindPersons[***]";
    }
}
