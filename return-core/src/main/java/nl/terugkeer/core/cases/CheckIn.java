package nl.terugkeer.core.cases;

import java.time.LocalDate;

/** One due check-in under the reporting obligation (melding): attended or missed (verzuimd), with its date. */
public record CheckIn(LocalDate on, boolean attended) {}
