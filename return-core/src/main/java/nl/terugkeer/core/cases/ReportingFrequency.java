package nl.terugkeer.core.cases;

/** How often the person reports (meldfrequentie); weekly unless another term is set (Vb art. 4.51). */
public enum ReportingFrequency {
    DAILY,
    FIVE_DAYS_A_WEEK,
    TWICE_WEEKLY,
    WEEKLY,
    FORTNIGHTLY,
    MONTHLY
}
