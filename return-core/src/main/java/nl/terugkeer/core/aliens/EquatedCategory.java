package nl.terugkeer.core.aliens;

/** A category the Rva 2005 equates with an asylum seeker for reception (gelijkgestelde categorie, art. 3(3)). */
public enum EquatedCategory {
    /** Rva 2005 art. 3(3)(l): the ECtHR indicated an interim measure (Rule 39) against expulsion. */
    ECTHR_INTERIM_MEASURE,
    /** Rva 2005 art. 3(3)(g), (m)-(o): factually in the same situation as art. 64 (medical applicants). */
    SAME_SITUATION_AS_ART_64
}
