package nl.terugkeer.core.cases.rules;

import java.util.Optional;
import nl.terugkeer.core.cases.CaseRejection;
import nl.terugkeer.core.cases.SignalSource;
import nl.terugkeer.core.shared.MunicipalityCode;
import nl.terugkeer.core.shared.Rejection;

/** Rules for signalling a return case. */
public final class SignalRules {

    private SignalRules() {}

    // Kamerbrief 2025 (seed): a gemeente signals a case to DTenV; its CBS code scopes who may see it.
    public static Optional<Rejection> municipalityCodeIffMunicipalitySignals(
            SignalSource source, MunicipalityCode municipality) {
        if (source == SignalSource.MUNICIPALITY && municipality == null) {
            return Optional.of(Rejection.of(
                    CaseRejection.MUNICIPALITY_SIGNAL_NEEDS_CODE,
                    "municipality is required when source is MUNICIPALITY"));
        }
        if (source != SignalSource.MUNICIPALITY && municipality != null) {
            return Optional.of(Rejection.of(
                    CaseRejection.ONLY_MUNICIPALITY_SIGNAL_HAS_CODE,
                    "municipality is only given when source is MUNICIPALITY"));
        }
        return Optional.empty();
    }
}
