package nl.terugkeer.core.cases;

import java.time.LocalDate;
import nl.terugkeer.core.shared.MunicipalityCode;

/** The area restriction in force (Vw art. 56): the area is a municipality; {@code lastDay} is included. */
public record AreaRestriction(AreaRestrictionKind kind, MunicipalityCode area, LocalDate imposedOn, LocalDate lastDay) {

    AreaRestriction extendedTo(LocalDate newLastDay) {
        return new AreaRestriction(kind, area, imposedOn, newLastDay);
    }
}
