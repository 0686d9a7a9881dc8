package nl.terugkeer.core.cases;

/** Why a laissez-passer is requested (doel LP-opdracht): return, buitenschuld assessment or a mediation request [DTV-LP-opdracht]. */
public enum LaissezPasserPurpose {
    RETURN,
    BUITENSCHULD_ASSESSMENT,
    MEDIATION
}
