package nl.terugkeer.core.cases;

/** The ambtsadvies buiten schuld of DTenV to the IND: positive (positief zwaarwegend advies) or negative (Vc B8/4). */
public enum AdviceOutcome {
    POSITIVE,
    NEGATIVE
}
