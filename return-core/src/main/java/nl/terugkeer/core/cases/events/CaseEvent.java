package nl.terugkeer.core.cases.events;

import java.time.LocalDate;
import nl.terugkeer.core.shared.CaseId;

/** Everything that can happen in a return case. The package and class names are a stored contract. */
public sealed interface CaseEvent
        permits ReturnSignalled,
                CaseManagerAssigned,
                DepartureInterviewHeld,
                OwnDepartureAttemptRecorded,
                DocumentsRequested,
                LaissezPasserRequested,
                EmbassyPresentationScheduled,
                EmbassyPresentationHeld,
                TravelDocumentObtained,
                ReturnSupportOffered,
                ReturnSupportGranted,
                ReportingObligationImposed,
                ReportingObligationLifted,
                CheckInRecorded,
                CheckInMissed,
                UnsupervisedDepartureMarked,
                UnsupervisedDepartureMarkWithdrawn,
                ReturnProspectRecorded,
                PlacedInVbl,
                VblStayExtended,
                AreaRestrictionImposed,
                AreaRestrictionExtended,
                AreaRestrictionLifted,
                PlacedInFamilyLocation,
                PlacementEnded,
                DetentionOrdered,
                DetentionExtended,
                DetentionLifted,
                ObstacleRegistered,
                ObstacleResolved,
                CaseEscalated,
                CaseReviewHeld,
                IndInformationRequested,
                IndInformationReceived,
                MediationRequested,
                ReturnStatementRecorded,
                BuitenschuldExclusionRecorded,
                BmaAdviceRecorded,
                MinorBuitenschuldFactsRecorded,
                FamilyBondRecorded,
                BuitenschuldEstablished,
                NoFaultAdviceIssued,
                DepartureRecorded,
                CaseClosed,
                CaseReopened,
                CaseEntryCorrected {

    CaseId caseId();

    /** The date the fact is about (not when it was recorded: that is the event's timestamp). */
    LocalDate businessDate();
}
