package nl.terugkeer.core.aliens;

/** A person's names as known (given names may be absent). Personal data: never logged. */
public record PersonName(String givenNames, String surname) {

    @Override
    public String toString() {
        return "PersonName[***]";
    }
}
