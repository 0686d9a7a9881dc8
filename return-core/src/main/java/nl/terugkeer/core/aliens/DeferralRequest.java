package nl.terugkeer.core.aliens;

import java.time.LocalDate;

/**
 * A request for deferral of departure under art. 64 Vw (verzoek uitstel van vertrek) recorded at {@code sequence};
 * {@code closedOn} is when it was refused or the deferral it led to ended (null while open). The request alone gives
 * no lawful residence and no shelter (Rva art. 4(3)(d)).
 */
public record DeferralRequest(long sequence, DeferralGround ground, LocalDate requestedOn, LocalDate closedOn) {

    public boolean open() {
        return closedOn == null;
    }

    DeferralRequest closed(LocalDate on) {
        return new DeferralRequest(sequence, ground, requestedOn, on);
    }
}
