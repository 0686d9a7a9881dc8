package nl.terugkeer.core.cases;

/** Who signalled the return case (docs/domain/brief.md §1.1: IND, police, KMar hand over dossiers; a municipality may signal). */
public enum SignalSource {
    MUNICIPALITY,
    DTENV,
    IND,
    POLICE,
    KMAR
}
