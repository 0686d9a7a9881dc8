package nl.terugkeer.projections.worklist;

/** The kinds of deadline on a work list, each with the note a case manager reads beside it. */
public enum DeadlineKind {
    DETENTION_MAXIMUM("detention reaches its maximum end: extend it or record the lift"),
    /** A detention still recorded after its maximum end (the last day included): it is never extended silently. */
    DETENTION_PAST_MAXIMUM("past its legal maximum: record the lift"),
    VBL_END("the VBL stay ends: extend it or end the placement"),
    DEPARTURE_TERM_END("the departure term ends"),
    ART_64_END("the deferral of departure (art. 64 Vw) ends");

    private final String note;

    DeadlineKind(String note) {
        this.note = note;
    }

    public String note() {
        return note;
    }
}
