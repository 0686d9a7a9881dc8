package nl.terugkeer.projections.worklist;

import java.time.LocalDate;
import nl.terugkeer.projections.Slice;

/**
 * Query: the open cases of one case manager, or of one municipality (exactly one of the two is given), each with
 * its deadlines that fall within {@code horizonDays} from {@code today}; the part of them that {@code slice} names.
 */
public record FindWorkList(String caseManager, String municipalityCode, LocalDate today, int horizonDays, Slice slice) {

    public static final int DEFAULT_HORIZON_DAYS = 14;

    public FindWorkList(String caseManager, String municipalityCode, LocalDate today, int horizonDays) {
        this(caseManager, municipalityCode, today, horizonDays, Slice.ALL);
    }

    public FindWorkList {
        if ((caseManager == null) == (municipalityCode == null)) {
            throw new IllegalArgumentException("give either a case manager or a municipality code");
        }
    }
}
