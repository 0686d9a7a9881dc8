package nl.terugkeer.core.aliens;

/** The medical ground of an art. 64 request (uitstel van vertrek), Vc A3/7. */
public enum DeferralGround {
    UNFIT_TO_TRAVEL,
    MEDICAL_EMERGENCY,
    PREGNANCY,
    TUBERCULOSIS
}
