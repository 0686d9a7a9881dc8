package nl.terugkeer.core.cases;

import java.time.LocalDate;

/** An information request to the IND that is not yet answered (openstaand informatieverzoek), by its sequence. */
public record IndInformationRequest(long sequence, IndChannel channel, String question, LocalDate requestedOn) {}
