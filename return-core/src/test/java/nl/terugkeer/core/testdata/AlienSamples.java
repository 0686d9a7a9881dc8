package nl.terugkeer.core.testdata;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.terugkeer.core.aliens.ArrivalDeadline;
import nl.terugkeer.core.aliens.AsylumApplicationKind;
import nl.terugkeer.core.aliens.DecisionOutcome;
import nl.terugkeer.core.aliens.DeferralGround;
import nl.terugkeer.core.aliens.DepartureTerm;
import nl.terugkeer.core.aliens.EquatedCategory;
import nl.terugkeer.core.aliens.FamilyJoinKind;
import nl.terugkeer.core.aliens.FamilyLeaveReason;
import nl.terugkeer.core.aliens.FamilyMember;
import nl.terugkeer.core.aliens.PermitKind;
import nl.terugkeer.core.aliens.PersonName;
import nl.terugkeer.core.aliens.RepresentativeKind;
import nl.terugkeer.core.aliens.ReturnDecisionOccasion;
import nl.terugkeer.core.aliens.commands.ApplyProvisionalDeferral;
import nl.terugkeer.core.aliens.commands.AuthoriseRepresentative;
import nl.terugkeer.core.aliens.commands.CorrectAlienEntry;
import nl.terugkeer.core.aliens.commands.DecideAsylumApplication;
import nl.terugkeer.core.aliens.commands.DecideInterimRelief;
import nl.terugkeer.core.aliens.commands.DecideRegularApplication;
import nl.terugkeer.core.aliens.commands.EndDepartureDeferral;
import nl.terugkeer.core.aliens.commands.EndRepresentation;
import nl.terugkeer.core.aliens.commands.EstablishIdentity;
import nl.terugkeer.core.aliens.commands.EstablishNationality;
import nl.terugkeer.core.aliens.commands.EstablishStatelessness;
import nl.terugkeer.core.aliens.commands.ExtendDepartureTerm;
import nl.terugkeer.core.aliens.commands.FileAsylumApplication;
import nl.terugkeer.core.aliens.commands.FileRegularApplication;
import nl.terugkeer.core.aliens.commands.GrantDepartureDeferral;
import nl.terugkeer.core.aliens.commands.GrantReflectionPeriod;
import nl.terugkeer.core.aliens.commands.GrantResidencePermit;
import nl.terugkeer.core.aliens.commands.ImposeEntryBan;
import nl.terugkeer.core.aliens.commands.IssueReturnDecision;
import nl.terugkeer.core.aliens.commands.RecordAmvFollowUpCare;
import nl.terugkeer.core.aliens.commands.RecordEquatedCategory;
import nl.terugkeer.core.aliens.commands.RecordFamilyMemberJoining;
import nl.terugkeer.core.aliens.commands.RecordFamilyMemberLeaving;
import nl.terugkeer.core.aliens.commands.RecordNonArrival;
import nl.terugkeer.core.aliens.commands.RecordReceptionFraud;
import nl.terugkeer.core.aliens.commands.RecordSufficientMeans;
import nl.terugkeer.core.aliens.commands.RefuseDepartureDeferral;
import nl.terugkeer.core.aliens.commands.RefuseResidencePermit;
import nl.terugkeer.core.aliens.commands.RegisterAlien;
import nl.terugkeer.core.aliens.commands.RequestDepartureDeferral;
import nl.terugkeer.core.aliens.commands.RequestInterimRelief;
import nl.terugkeer.core.aliens.events.AlienEntryCorrected;
import nl.terugkeer.core.aliens.events.AlienEvent;
import nl.terugkeer.core.aliens.events.AlienRegistered;
import nl.terugkeer.core.aliens.events.AmvFollowUpCareStarted;
import nl.terugkeer.core.aliens.events.AsylumApplicationDecided;
import nl.terugkeer.core.aliens.events.AsylumApplicationFiled;
import nl.terugkeer.core.aliens.events.DepartureDeferralEnded;
import nl.terugkeer.core.aliens.events.DepartureDeferralGranted;
import nl.terugkeer.core.aliens.events.DepartureDeferralRefused;
import nl.terugkeer.core.aliens.events.DepartureDeferralRequested;
import nl.terugkeer.core.aliens.events.DepartureTermExtended;
import nl.terugkeer.core.aliens.events.EntryBanImposed;
import nl.terugkeer.core.aliens.events.EquatedCategoryRecorded;
import nl.terugkeer.core.aliens.events.FamilyMemberJoined;
import nl.terugkeer.core.aliens.events.FamilyMemberLeft;
import nl.terugkeer.core.aliens.events.IdentityEstablished;
import nl.terugkeer.core.aliens.events.InterimReliefDecided;
import nl.terugkeer.core.aliens.events.InterimReliefRequested;
import nl.terugkeer.core.aliens.events.NationalityEstablished;
import nl.terugkeer.core.aliens.events.NonArrivalRecorded;
import nl.terugkeer.core.aliens.events.ProvisionalDeferralApplied;
import nl.terugkeer.core.aliens.events.ReceptionFraudEstablished;
import nl.terugkeer.core.aliens.events.ReflectionPeriodGranted;
import nl.terugkeer.core.aliens.events.RegularApplicationDecided;
import nl.terugkeer.core.aliens.events.RegularApplicationFiled;
import nl.terugkeer.core.aliens.events.RepresentationEnded;
import nl.terugkeer.core.aliens.events.RepresentativeAuthorised;
import nl.terugkeer.core.aliens.events.ResidencePermitGranted;
import nl.terugkeer.core.aliens.events.ResidencePermitRefused;
import nl.terugkeer.core.aliens.events.ReturnDecisionIssued;
import nl.terugkeer.core.aliens.events.StatelessnessEstablished;
import nl.terugkeer.core.aliens.events.SufficientMeansEstablished;
import nl.terugkeer.core.shared.AlienId;
import nl.terugkeer.core.shared.VNumber;

/**
 * Test data for the Alien aggregate: commands with sensible defaults, and one canonical instance of every event
 * type (fixed ids and dates) whose stored form the golden files pin.
 */
public final class AlienSamples {

    public static final AlienId ALIEN_ID = new AlienId(UUID.fromString("00000000-0000-0000-0000-00000000a001"));
    public static final LocalDate REGISTERED_ON = LocalDate.of(2026, 3, 2);
    public static final LocalDate ASYLUM_FILED_ON = LocalDate.of(2026, 3, 5);
    public static final LocalDate ASYLUM_DECIDED_ON = LocalDate.of(2026, 5, 4);
    public static final LocalDate REGULAR_FILED_ON = LocalDate.of(2026, 6, 1);
    public static final LocalDate DEFERRAL_REQUESTED_ON = LocalDate.of(2026, 6, 15);
    public static final LocalDate PROVISIONAL_APPLIED_ON = LocalDate.of(2026, 7, 1);
    public static final LocalDate DEFERRAL_GRANTED_ON = LocalDate.of(2026, 9, 15);
    public static final LocalDate PERMIT_VALID_FROM = LocalDate.of(2026, 11, 16);
    public static final LocalDate REFLECTION_GRANTED_ON = LocalDate.of(2026, 4, 1);
    public static final LocalDate CORRECTED_ON = LocalDate.of(2026, 11, 25);
    /** The registered child's date of birth (see {@link #registerAlien()}). */
    public static final LocalDate CHILD_BORN_ON = LocalDate.of(2019, 1, 10);

    public static final LocalDate BABY_BORN_ON = LocalDate.of(2026, 8, 14);
    public static final LocalDate MEMBER_LEFT_ON = LocalDate.of(2026, 10, 1);

    private AlienSamples() {}

    public static RegisterAlien registerAlien() {
        return registerAlien(ALIEN_ID);
    }

    public static RegisterAlien registerAlien(AlienId alienId) {
        return new RegisterAlien(
                alienId,
                new VNumber("1234567890"),
                new PersonName("Amal", "Haddad"),
                LocalDate.of(1991, 6, 15),
                "SYR",
                false,
                List.of(new FamilyMember(FamilyMember.Relationship.CHILD, CHILD_BORN_ON)),
                REGISTERED_ON);
    }

    public static AlienRegistered alienRegistered() {
        return alienRegistered(ALIEN_ID);
    }

    public static AlienRegistered alienRegistered(AlienId alienId) {
        RegisterAlien c = registerAlien(alienId);
        return new AlienRegistered(
                c.alienId(),
                c.vNumber(),
                c.name(),
                c.dateOfBirth(),
                c.claimedNationality(),
                c.unaccompaniedMinor(),
                c.familyMembers(),
                c.registeredOn());
    }

    public static EstablishIdentity establishIdentity() {
        return new EstablishIdentity(ALIEN_ID, LocalDate.of(2026, 3, 16));
    }

    public static IdentityEstablished identityEstablished() {
        return new IdentityEstablished(ALIEN_ID, establishIdentity().establishedOn());
    }

    public static EstablishNationality establishNationality() {
        return new EstablishNationality(ALIEN_ID, "SYR", LocalDate.of(2026, 3, 23));
    }

    public static NationalityEstablished nationalityEstablished() {
        EstablishNationality c = establishNationality();
        return new NationalityEstablished(ALIEN_ID, c.nationality(), c.establishedOn());
    }

    public static EstablishStatelessness establishStatelessness() {
        return new EstablishStatelessness(ALIEN_ID, LocalDate.of(2026, 3, 23));
    }

    public static StatelessnessEstablished statelessnessEstablished() {
        return new StatelessnessEstablished(ALIEN_ID, establishStatelessness().establishedOn());
    }

    public static FileAsylumApplication fileAsylumApplication() {
        return fileAsylumApplication(AsylumApplicationKind.FIRST, ASYLUM_FILED_ON);
    }

    public static FileAsylumApplication fileAsylumApplication(AsylumApplicationKind kind, LocalDate filedOn) {
        return new FileAsylumApplication(ALIEN_ID, kind, filedOn);
    }

    public static AsylumApplicationFiled asylumApplicationFiled() {
        return asylumApplicationFiled(AsylumApplicationKind.FIRST, ASYLUM_FILED_ON);
    }

    public static AsylumApplicationFiled asylumApplicationFiled(AsylumApplicationKind kind, LocalDate filedOn) {
        return new AsylumApplicationFiled(ALIEN_ID, kind, filedOn);
    }

    /** A rejection with the standard term of 28 days starting on the decision date. */
    public static DecideAsylumApplication rejectAsylumApplication() {
        return decideAsylumApplication(
                DecisionOutcome.REJECTED, new DepartureTerm(28, ASYLUM_DECIDED_ON), ASYLUM_DECIDED_ON);
    }

    public static DecideAsylumApplication decideAsylumApplication(
            DecisionOutcome outcome, DepartureTerm term, LocalDate decidedOn) {
        return new DecideAsylumApplication(ALIEN_ID, outcome, term, decidedOn);
    }

    public static AsylumApplicationDecided asylumApplicationRejected() {
        DecideAsylumApplication c = rejectAsylumApplication();
        return new AsylumApplicationDecided(ALIEN_ID, c.outcome(), c.departureTerm(), c.decidedOn());
    }

    public static FileRegularApplication fileRegularApplication() {
        return new FileRegularApplication(ALIEN_ID, "medical treatment", REGULAR_FILED_ON);
    }

    public static RegularApplicationFiled regularApplicationFiled() {
        FileRegularApplication c = fileRegularApplication();
        return new RegularApplicationFiled(ALIEN_ID, c.purpose(), c.filedOn());
    }

    public static DecideRegularApplication decideRegularApplication(long applicationSequence) {
        return new DecideRegularApplication(
                ALIEN_ID, applicationSequence, DecisionOutcome.REJECTED, LocalDate.of(2026, 8, 3));
    }

    public static RegularApplicationDecided regularApplicationDecided(long applicationSequence) {
        DecideRegularApplication c = decideRegularApplication(applicationSequence);
        return new RegularApplicationDecided(ALIEN_ID, applicationSequence, c.outcome(), c.decidedOn());
    }

    public static RequestDepartureDeferral requestDepartureDeferral() {
        return new RequestDepartureDeferral(ALIEN_ID, DeferralGround.UNFIT_TO_TRAVEL, DEFERRAL_REQUESTED_ON);
    }

    public static DepartureDeferralRequested departureDeferralRequested() {
        RequestDepartureDeferral c = requestDepartureDeferral();
        return new DepartureDeferralRequested(ALIEN_ID, c.ground(), c.requestedOn());
    }

    public static ApplyProvisionalDeferral applyProvisionalDeferral() {
        return new ApplyProvisionalDeferral(ALIEN_ID, PROVISIONAL_APPLIED_ON.plusMonths(3), PROVISIONAL_APPLIED_ON);
    }

    public static ProvisionalDeferralApplied provisionalDeferralApplied() {
        ApplyProvisionalDeferral c = applyProvisionalDeferral();
        return new ProvisionalDeferralApplied(ALIEN_ID, c.appliedOn(), c.validUntil());
    }

    public static GrantDepartureDeferral grantDepartureDeferral() {
        return new GrantDepartureDeferral(ALIEN_ID, DEFERRAL_GRANTED_ON.plusYears(1), DEFERRAL_GRANTED_ON);
    }

    public static DepartureDeferralGranted departureDeferralGranted() {
        GrantDepartureDeferral c = grantDepartureDeferral();
        return new DepartureDeferralGranted(ALIEN_ID, c.grantedOn(), c.validUntil());
    }

    public static RefuseDepartureDeferral refuseDepartureDeferral() {
        return new RefuseDepartureDeferral(ALIEN_ID, LocalDate.of(2026, 7, 20));
    }

    public static DepartureDeferralRefused departureDeferralRefused() {
        return new DepartureDeferralRefused(ALIEN_ID, refuseDepartureDeferral().refusedOn());
    }

    public static EndDepartureDeferral endDepartureDeferral() {
        return new EndDepartureDeferral(ALIEN_ID, LocalDate.of(2026, 11, 2));
    }

    public static DepartureDeferralEnded departureDeferralEnded() {
        return new DepartureDeferralEnded(ALIEN_ID, endDepartureDeferral().endedOn());
    }

    public static GrantResidencePermit grantBuitenschuldPermit() {
        return new GrantResidencePermit(
                ALIEN_ID,
                PermitKind.BUITENSCHULD,
                PERMIT_VALID_FROM,
                PERMIT_VALID_FROM.plusYears(1).minusDays(1),
                PERMIT_VALID_FROM);
    }

    public static GrantResidencePermit grantResidencePermit(
            PermitKind kind, LocalDate validFrom, LocalDate validUntil) {
        return new GrantResidencePermit(ALIEN_ID, kind, validFrom, validUntil, PERMIT_VALID_FROM);
    }

    public static ResidencePermitGranted residencePermitGranted() {
        GrantResidencePermit c = grantBuitenschuldPermit();
        return new ResidencePermitGranted(ALIEN_ID, c.kind(), c.validFrom(), c.validUntil(), c.grantedOn());
    }

    public static RefuseResidencePermit refuseResidencePermit() {
        return new RefuseResidencePermit(ALIEN_ID, PermitKind.REGULAR, LocalDate.of(2026, 8, 3));
    }

    public static ResidencePermitRefused residencePermitRefused() {
        RefuseResidencePermit c = refuseResidencePermit();
        return new ResidencePermitRefused(ALIEN_ID, c.kind(), c.refusedOn());
    }

    public static ImposeEntryBan imposeEntryBan() {
        return imposeEntryBan(2);
    }

    public static ImposeEntryBan imposeEntryBan(int durationInYears) {
        return new ImposeEntryBan(ALIEN_ID, durationInYears, LocalDate.of(2026, 5, 20));
    }

    public static EntryBanImposed entryBanImposed() {
        ImposeEntryBan c = imposeEntryBan();
        return new EntryBanImposed(ALIEN_ID, c.durationInYears(), c.imposedOn());
    }

    public static GrantReflectionPeriod grantReflectionPeriod() {
        return new GrantReflectionPeriod(ALIEN_ID, REFLECTION_GRANTED_ON.plusMonths(3), REFLECTION_GRANTED_ON);
    }

    public static ReflectionPeriodGranted reflectionPeriodGranted() {
        GrantReflectionPeriod c = grantReflectionPeriod();
        return new ReflectionPeriodGranted(ALIEN_ID, c.grantedOn(), c.endsOn());
    }

    /** A child born into the family on {@link #BABY_BORN_ON}, recorded as joining that day. */
    public static RecordFamilyMemberJoining recordBirth() {
        return recordFamilyMemberJoining(
                FamilyMember.Relationship.CHILD, BABY_BORN_ON, FamilyJoinKind.BORN, BABY_BORN_ON);
    }

    public static RecordFamilyMemberJoining recordFamilyMemberJoining(
            FamilyMember.Relationship relationship, LocalDate dateOfBirth, FamilyJoinKind kind, LocalDate joinedOn) {
        return new RecordFamilyMemberJoining(ALIEN_ID, relationship, dateOfBirth, kind, joinedOn);
    }

    public static FamilyMemberJoined childBorn() {
        return familyMemberJoined(recordBirth());
    }

    public static FamilyMemberJoined familyMemberJoined(RecordFamilyMemberJoining c) {
        return new FamilyMemberJoined(ALIEN_ID, c.relationship(), c.dateOfBirth(), c.kind(), c.joinedOn());
    }

    /** The member recorded at {@code sequence}, {@code position} leaves on {@link #MEMBER_LEFT_ON}. */
    public static RecordFamilyMemberLeaving recordFamilyMemberLeaving(long sequence, Integer position) {
        return new RecordFamilyMemberLeaving(ALIEN_ID, sequence, position, FamilyLeaveReason.MOVED_OUT, MEMBER_LEFT_ON);
    }

    public static FamilyMemberLeft familyMemberLeft(long sequence, int position) {
        return new FamilyMemberLeft(ALIEN_ID, sequence, position, FamilyLeaveReason.MOVED_OUT, MEMBER_LEFT_ON);
    }

    public static CorrectAlienEntry correctAlienEntry(long sequence) {
        return new CorrectAlienEntry(ALIEN_ID, sequence, "recorded on the wrong person", CORRECTED_ON);
    }

    public static AlienEntryCorrected alienEntryCorrected(long sequence, String eventType) {
        return new AlienEntryCorrected(ALIEN_ID, sequence, eventType, "recorded on the wrong person", CORRECTED_ON);
    }

    public static final LocalDate INTERIM_RELIEF_REQUESTED_ON = LocalDate.of(2026, 5, 11);
    public static final LocalDate INTERIM_RELIEF_DECIDED_ON = LocalDate.of(2026, 5, 25);
    public static final LocalDate FRAUD_ESTABLISHED_ON = LocalDate.of(2026, 6, 10);

    public static RequestInterimRelief requestInterimRelief() {
        return new RequestInterimRelief(ALIEN_ID, INTERIM_RELIEF_REQUESTED_ON);
    }

    public static InterimReliefRequested interimReliefRequested() {
        return new InterimReliefRequested(ALIEN_ID, INTERIM_RELIEF_REQUESTED_ON);
    }

    public static DecideInterimRelief decideInterimRelief(DecisionOutcome outcome) {
        return new DecideInterimRelief(ALIEN_ID, outcome, INTERIM_RELIEF_DECIDED_ON);
    }

    public static InterimReliefDecided interimReliefDecided(DecisionOutcome outcome) {
        return new InterimReliefDecided(ALIEN_ID, outcome, INTERIM_RELIEF_DECIDED_ON);
    }

    public static RecordReceptionFraud recordReceptionFraud() {
        return new RecordReceptionFraud(ALIEN_ID, FRAUD_ESTABLISHED_ON);
    }

    public static ReceptionFraudEstablished receptionFraudEstablished() {
        return new ReceptionFraudEstablished(ALIEN_ID, FRAUD_ESTABLISHED_ON);
    }

    public static final LocalDate EQUATED_FROM = LocalDate.of(2026, 6, 15);

    public static RecordEquatedCategory recordEquatedCategory(LocalDate until) {
        return new RecordEquatedCategory(ALIEN_ID, EquatedCategory.ECTHR_INTERIM_MEASURE, EQUATED_FROM, until);
    }

    public static EquatedCategoryRecorded equatedCategoryRecorded() {
        return new EquatedCategoryRecorded(
                ALIEN_ID, EquatedCategory.ECTHR_INTERIM_MEASURE, EQUATED_FROM, LocalDate.of(2026, 9, 30));
    }

    public static final LocalDate SENT_ON = LocalDate.of(2026, 6, 20);
    public static final LocalDate FOLLOW_UP_CARE_FROM = LocalDate.of(2026, 7, 1);

    public static RecordNonArrival recordNonArrival() {
        return new RecordNonArrival(ALIEN_ID, ArrivalDeadline.TRANSFER_48_HOURS, SENT_ON);
    }

    public static NonArrivalRecorded nonArrivalRecorded() {
        return new NonArrivalRecorded(ALIEN_ID, ArrivalDeadline.TRANSFER_48_HOURS, SENT_ON);
    }

    public static RecordAmvFollowUpCare recordAmvFollowUpCare() {
        return new RecordAmvFollowUpCare(ALIEN_ID, FOLLOW_UP_CARE_FROM);
    }

    public static AmvFollowUpCareStarted amvFollowUpCareStarted() {
        return new AmvFollowUpCareStarted(ALIEN_ID, FOLLOW_UP_CARE_FROM);
    }

    public static final LocalDate RETURN_DECISION_ON = LocalDate.of(2026, 8, 3);
    public static final LocalDate MEANS_FROM = LocalDate.of(2026, 8, 10);
    public static final LocalDate REPRESENTED_FROM = LocalDate.of(2026, 8, 12);

    public static IssueReturnDecision issueReturnDecision() {
        return new IssueReturnDecision(
                ALIEN_ID,
                ReturnDecisionOccasion.APPREHENDED_IN_SUPERVISION,
                new DepartureTerm(28, RETURN_DECISION_ON),
                RETURN_DECISION_ON);
    }

    public static ReturnDecisionIssued returnDecisionIssued() {
        IssueReturnDecision c = issueReturnDecision();
        return new ReturnDecisionIssued(ALIEN_ID, c.occasion(), c.departureTerm(), c.issuedOn());
    }

    public static ExtendDepartureTerm extendDepartureTerm() {
        return new ExtendDepartureTerm(ALIEN_ID, LocalDate.of(2026, 9, 28), LocalDate.of(2026, 8, 25));
    }

    public static DepartureTermExtended departureTermExtended() {
        ExtendDepartureTerm c = extendDepartureTerm();
        return new DepartureTermExtended(ALIEN_ID, c.lastDay(), c.decidedOn());
    }

    public static RecordSufficientMeans recordSufficientMeans() {
        return new RecordSufficientMeans(ALIEN_ID, MEANS_FROM, LocalDate.of(2026, 10, 31));
    }

    public static SufficientMeansEstablished sufficientMeansEstablished() {
        RecordSufficientMeans c = recordSufficientMeans();
        return new SufficientMeansEstablished(ALIEN_ID, c.from(), c.until());
    }

    public static AuthoriseRepresentative authoriseRepresentative() {
        return new AuthoriseRepresentative(ALIEN_ID, RepresentativeKind.LAWYER, "mr. A. de Advocaat", REPRESENTED_FROM);
    }

    public static RepresentativeAuthorised representativeAuthorised() {
        AuthoriseRepresentative c = authoriseRepresentative();
        return new RepresentativeAuthorised(ALIEN_ID, c.kind(), c.representativeName(), c.from());
    }

    public static EndRepresentation endRepresentation() {
        return new EndRepresentation(ALIEN_ID, LocalDate.of(2026, 9, 1));
    }

    public static RepresentationEnded representationEnded() {
        return new RepresentationEnded(ALIEN_ID, endRepresentation().endedOn());
    }

    /** One canonical instance per permitted subtype of {@link AlienEvent}. */
    public static List<AlienEvent> everyEventType() {
        return List.of(
                alienRegistered(),
                identityEstablished(),
                nationalityEstablished(),
                statelessnessEstablished(),
                asylumApplicationFiled(),
                asylumApplicationRejected(),
                regularApplicationFiled(),
                regularApplicationDecided(6),
                departureDeferralRequested(),
                provisionalDeferralApplied(),
                departureDeferralGranted(),
                departureDeferralRefused(),
                departureDeferralEnded(),
                residencePermitGranted(),
                residencePermitRefused(),
                entryBanImposed(),
                reflectionPeriodGranted(),
                childBorn(),
                familyMemberLeft(0, 1),
                interimReliefRequested(),
                interimReliefDecided(DecisionOutcome.REJECTED),
                receptionFraudEstablished(),
                equatedCategoryRecorded(),
                nonArrivalRecorded(),
                amvFollowUpCareStarted(),
                returnDecisionIssued(),
                departureTermExtended(),
                sufficientMeansEstablished(),
                representativeAuthorised(),
                representationEnded(),
                alienEntryCorrected(1, "IdentityEstablished"));
    }
}
