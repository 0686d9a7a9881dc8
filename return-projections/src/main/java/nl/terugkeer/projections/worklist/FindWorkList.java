package nl.terugkeer.projections.worklist;

import java.time.LocalDate;

/**
 * Query: the open cases of one case manager, or of one municipality (exactly one of the two is given), each with
 * its deadlines that fall within {@code horizonDays} from {@code today}.
 */
public record FindWorkList(String caseManager, String municipalityCode, LocalDate today, int horizonDays) {

    public static final int DEFAULT_HORIZON_DAYS = 14;

    public FindWorkList {
        if ((caseManager == null) == (municipalityCode == null)) {
            throw new IllegalArgumentException("give either a case manager or a municipality code");
        }
    }
}
