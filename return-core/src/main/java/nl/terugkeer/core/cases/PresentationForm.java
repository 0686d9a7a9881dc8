package nl.terugkeer.core.cases;

/** How the person is presented to the mission (presentatie in persoon, per telefoon of schriftelijk) [DTV-presentatie]. */
public enum PresentationForm {
    IN_PERSON,
    BY_TELEPHONE,
    IN_WRITING
}
