package nl.terugkeer.core.cases;

/**
 * What the Alien aggregate knows about the person on a date, as far as the case needs it (persoonsgegevens uit de
 * vreemdelingpositie): identity established, nationality established or stateless, an asylum or residence
 * application pending, and whether the person is a family with minor children.
 */
public record PersonFacts(
        boolean identityEstablished,
        boolean nationalityEstablishedOrStateless,
        boolean applicationPending,
        boolean familyWithMinorChildren) {}
