package nl.terugkeer.core.aliens.events;

import java.time.LocalDate;
import nl.terugkeer.core.shared.AlienId;

/** Everything that can happen to a person's legal position. The package and class names are a stored contract. */
public sealed interface AlienEvent
        permits AlienRegistered,
                IdentityEstablished,
                NationalityEstablished,
                StatelessnessEstablished,
                AsylumApplicationFiled,
                AsylumApplicationDecided,
                RegularApplicationFiled,
                RegularApplicationDecided,
                DepartureDeferralRequested,
                ProvisionalDeferralApplied,
                DepartureDeferralGranted,
                DepartureDeferralRefused,
                DepartureDeferralEnded,
                ResidencePermitGranted,
                ResidencePermitRefused,
                EntryBanImposed,
                ReflectionPeriodGranted,
                FamilyMemberJoined,
                FamilyMemberLeft,
                InterimReliefRequested,
                InterimReliefDecided,
                ReceptionFraudEstablished,
                EquatedCategoryRecorded,
                NonArrivalRecorded,
                AmvFollowUpCareStarted,
                ReturnDecisionIssued,
                DepartureTermExtended,
                SufficientMeansEstablished,
                RepresentativeAuthorised,
                RepresentationEnded,
                AlienEntryCorrected {

    AlienId alienId();

    /** The date the fact is about (not when it was recorded: that is the event's timestamp). */
    LocalDate businessDate();
}
