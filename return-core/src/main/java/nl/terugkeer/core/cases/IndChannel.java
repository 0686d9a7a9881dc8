package nl.terugkeer.core.cases;

/** How information is asked of the IND (informatieverzoek): Ketenservicelijn, online file request (online dossieropvraag), Maatwerkloket, or the responsible IND officer. */
public enum IndChannel {
    KETENSERVICELIJN,
    ONLINE_FILE_REQUEST,
    MAATWERKLOKET,
    RESPONSIBLE_IND_OFFICER
}
