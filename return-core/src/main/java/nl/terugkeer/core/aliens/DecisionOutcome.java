package nl.terugkeer.core.aliens;

/** The outcome of the IND's decision (beschikking) on an application: inwilliging or afwijzing. */
public enum DecisionOutcome {
    GRANTED,
    REJECTED
}
