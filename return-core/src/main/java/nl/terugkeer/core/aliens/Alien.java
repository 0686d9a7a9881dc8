package nl.terugkeer.core.aliens;

import static nl.terugkeer.core.shared.CommonRules.happenedNotLaterThanToday;
import static nl.terugkeer.core.shared.CommonRules.present;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
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
import nl.terugkeer.core.aliens.rules.AlienRules;
import nl.terugkeer.core.aliens.rules.AmvRules;
import nl.terugkeer.core.aliens.rules.ApplicationRules;
import nl.terugkeer.core.aliens.rules.CorrectionRules;
import nl.terugkeer.core.aliens.rules.DeferralRules;
import nl.terugkeer.core.aliens.rules.DepartureTermRules;
import nl.terugkeer.core.aliens.rules.EstablishmentRules;
import nl.terugkeer.core.aliens.rules.FamilyRules;
import nl.terugkeer.core.aliens.rules.InterimReliefRules;
import nl.terugkeer.core.aliens.rules.PermitRules;
import nl.terugkeer.core.aliens.rules.RegistrationRules;
import nl.terugkeer.core.aliens.rules.RepresentationRules;
import nl.terugkeer.core.shared.AlienId;
import nl.terugkeer.core.shared.Rejection;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;

/**
 * A person's legal position (vreemdeling): identity, applications, decisions, permits, deferrals. A thin shell: each
 * handler checks the rules against {@link LegalPosition} and applies an event; the position is the fold.
 */
public class Alien {

    @AggregateIdentifier
    private AlienId alienId;

    private LegalPosition position = LegalPosition.initial();

    protected Alien() {
        // for Axon's event sourcing
    }

    @CommandHandler
    public Alien(RegisterAlien command, Clock clock) {
        LocalDate today = LocalDate.now(clock);
        Rejection.enforce(
                present("alienId", command.alienId()),
                present("name", command.name()),
                present("dateOfBirth", command.dateOfBirth()),
                present("claimedNationality", command.claimedNationality()),
                present("registeredOn", command.registeredOn()));
        Rejection.enforce(
                happenedNotLaterThanToday("registeredOn", command.registeredOn(), today),
                RegistrationRules.bornOnOrBeforeRegistration(command.dateOfBirth(), command.registeredOn()),
                RegistrationRules.nationalityIsAnIcaoCode(command.claimedNationality()));
        apply(new AlienRegistered(
                command.alienId(),
                command.vNumber(),
                command.name(),
                command.dateOfBirth(),
                command.claimedNationality(),
                command.unaccompaniedMinor(),
                command.familyMembers(),
                command.registeredOn()));
    }

    // ---- identity and nationality ----

    @CommandHandler
    void handle(EstablishIdentity command, Clock clock) {
        fact("establishedOn", command.establishedOn(), clock);
        Rejection.enforce(EstablishmentRules.identityNotEstablishedYet(position));
        apply(new IdentityEstablished(alienId, command.establishedOn()));
    }

    @CommandHandler
    void handle(EstablishNationality command, Clock clock) {
        fact("establishedOn", command.establishedOn(), clock);
        Rejection.enforce(present("nationality", command.nationality()));
        Rejection.enforce(
                RegistrationRules.nationalityIsAnIcaoCode(command.nationality()),
                EstablishmentRules.nationalityNotEstablishedYet(position));
        apply(new NationalityEstablished(alienId, command.nationality(), command.establishedOn()));
    }

    @CommandHandler
    void handle(EstablishStatelessness command, Clock clock) {
        fact("establishedOn", command.establishedOn(), clock);
        Rejection.enforce(EstablishmentRules.nationalityNotEstablishedYet(position));
        apply(new StatelessnessEstablished(alienId, command.establishedOn()));
    }

    // ---- applications and decisions ----

    @CommandHandler
    void handle(FileAsylumApplication command, Clock clock) {
        fact("filedOn", command.filedOn(), clock);
        Rejection.enforce(present("kind", command.kind()));
        Rejection.enforce(
                ApplicationRules.noAsylumApplicationPending(position),
                ApplicationRules.firstOnlyWithoutEarlier(position, command.kind()));
        apply(new AsylumApplicationFiled(alienId, command.kind(), command.filedOn()));
    }

    @CommandHandler
    void handle(DecideAsylumApplication command, Clock clock) {
        fact("decidedOn", command.decidedOn(), clock);
        Rejection.enforce(present("outcome", command.outcome()));
        Rejection.enforce(
                ApplicationRules.termMatchesOutcome(command.outcome(), command.departureTerm()),
                termStartPresent(command.departureTerm()));
        Rejection.enforce(ApplicationRules.asylumApplicationPending(position));
        Rejection.enforce(
                AlienRules.notBefore(
                        "decidedOn",
                        command.decidedOn(),
                        "filedOn",
                        position.pendingAsylumApplication().orElseThrow().filedOn()),
                ApplicationRules.termIs28Or0Days(command.departureTerm()),
                ApplicationRules.termStartsOnOrAfterDecision(command.departureTerm(), command.decidedOn()));
        apply(new AsylumApplicationDecided(alienId, command.outcome(), command.departureTerm(), command.decidedOn()));
    }

    @CommandHandler
    void handle(FileRegularApplication command, Clock clock) {
        fact("filedOn", command.filedOn(), clock);
        Rejection.enforce(AlienRules.filledIn("purpose", command.purpose()));
        apply(new RegularApplicationFiled(alienId, command.purpose(), command.filedOn()));
    }

    @CommandHandler
    void handle(DecideRegularApplication command, Clock clock) {
        fact("decidedOn", command.decidedOn(), clock);
        Rejection.enforce(present("outcome", command.outcome()));
        Rejection.enforce(ApplicationRules.regularApplicationPending(position, command.applicationSequence()));
        Rejection.enforce(AlienRules.notBefore(
                "decidedOn",
                command.decidedOn(),
                "filedOn",
                position.regularApplication(command.applicationSequence())
                        .orElseThrow()
                        .filedOn()));
        apply(new RegularApplicationDecided(
                alienId, command.applicationSequence(), command.outcome(), command.decidedOn()));
    }

    // ---- interim relief against an asylum rejection ----

    @CommandHandler
    void handle(RequestInterimRelief command, Clock clock) {
        fact("requestedOn", command.requestedOn(), clock);
        Rejection.enforce(InterimReliefRules.asylumRejected(position));
        Rejection.enforce(
                InterimReliefRules.noInterimReliefPending(position),
                AlienRules.notBefore(
                        "requestedOn",
                        command.requestedOn(),
                        "decidedOn",
                        position.latestAsylumApplication().orElseThrow().decidedOn()));
        apply(new InterimReliefRequested(alienId, command.requestedOn()));
    }

    @CommandHandler
    void handle(DecideInterimRelief command, Clock clock) {
        fact("decidedOn", command.decidedOn(), clock);
        Rejection.enforce(present("outcome", command.outcome()));
        Rejection.enforce(InterimReliefRules.interimReliefPending(position));
        Rejection.enforce(AlienRules.notBefore(
                "decidedOn",
                command.decidedOn(),
                "requestedOn",
                position.pendingInterimRelief().orElseThrow().requestedOn()));
        apply(new InterimReliefDecided(alienId, command.outcome(), command.decidedOn()));
    }

    // ---- art. 64 deferral of departure ----

    @CommandHandler
    void handle(RequestDepartureDeferral command, Clock clock) {
        fact("requestedOn", command.requestedOn(), clock);
        Rejection.enforce(present("ground", command.ground()));
        Rejection.enforce(DeferralRules.noOpenRequest(position));
        apply(new DepartureDeferralRequested(alienId, command.ground(), command.requestedOn()));
    }

    @CommandHandler
    void handle(ApplyProvisionalDeferral command, Clock clock) {
        fact("appliedOn", command.appliedOn(), clock);
        Rejection.enforce(present("validUntil", command.validUntil()));
        Rejection.enforce(DeferralRules.requested(position));
        Rejection.enforce(
                requestedBefore("appliedOn", command.appliedOn()),
                AlienRules.notBefore("validUntil", command.validUntil(), "appliedOn", command.appliedOn()),
                DeferralRules.provisionalAtMost3Months(command.appliedOn(), command.validUntil()));
        apply(new ProvisionalDeferralApplied(alienId, command.appliedOn(), command.validUntil()));
    }

    @CommandHandler
    void handle(GrantDepartureDeferral command, Clock clock) {
        fact("grantedOn", command.grantedOn(), clock);
        Rejection.enforce(present("validUntil", command.validUntil()));
        Rejection.enforce(DeferralRules.requested(position));
        Rejection.enforce(
                requestedBefore("grantedOn", command.grantedOn()),
                AlienRules.notBefore("validUntil", command.validUntil(), "grantedOn", command.grantedOn()),
                DeferralRules.grantedAtMost1Year(command.grantedOn(), command.validUntil()));
        apply(new DepartureDeferralGranted(alienId, command.grantedOn(), command.validUntil()));
    }

    @CommandHandler
    void handle(RefuseDepartureDeferral command, Clock clock) {
        fact("refusedOn", command.refusedOn(), clock);
        Rejection.enforce(DeferralRules.requested(position));
        Rejection.enforce(requestedBefore("refusedOn", command.refusedOn()));
        apply(new DepartureDeferralRefused(alienId, command.refusedOn()));
    }

    @CommandHandler
    void handle(EndDepartureDeferral command, Clock clock) {
        fact("endedOn", command.endedOn(), clock);
        Rejection.enforce(DeferralRules.inForceOn(position, command.endedOn()));
        apply(new DepartureDeferralEnded(alienId, command.endedOn()));
    }

    // ---- permits, entry ban, reflection period ----

    @CommandHandler
    void handle(GrantResidencePermit command, Clock clock) {
        fact("grantedOn", command.grantedOn(), clock);
        Rejection.enforce(
                present("kind", command.kind()),
                present("validFrom", command.validFrom()),
                present("validUntil", command.validUntil()));
        Rejection.enforce(
                PermitRules.validUntilAfterValidFrom(command.validFrom(), command.validUntil()),
                PermitRules.buitenschuldValidOneYear(command.kind(), command.validFrom(), command.validUntil()));
        apply(new ResidencePermitGranted(
                alienId, command.kind(), command.validFrom(), command.validUntil(), command.grantedOn()));
    }

    @CommandHandler
    void handle(RefuseResidencePermit command, Clock clock) {
        fact("refusedOn", command.refusedOn(), clock);
        Rejection.enforce(present("kind", command.kind()));
        apply(new ResidencePermitRefused(alienId, command.kind(), command.refusedOn()));
    }

    @CommandHandler
    void handle(ImposeEntryBan command, Clock clock) {
        fact("imposedOn", command.imposedOn(), clock);
        Rejection.enforce(PermitRules.entryBanLengthAllowed(command.durationInYears()));
        apply(new EntryBanImposed(alienId, command.durationInYears(), command.imposedOn()));
    }

    @CommandHandler
    void handle(GrantReflectionPeriod command, Clock clock) {
        fact("grantedOn", command.grantedOn(), clock);
        Rejection.enforce(present("endsOn", command.endsOn()));
        Rejection.enforce(
                PermitRules.reflectionOnlyOnce(position),
                AlienRules.notBefore("endsOn", command.endsOn(), "grantedOn", command.grantedOn()),
                PermitRules.reflectionAtMost3Months(command.grantedOn(), command.endsOn()));
        apply(new ReflectionPeriodGranted(alienId, command.grantedOn(), command.endsOn()));
    }

    @CommandHandler
    void handle(RecordReceptionFraud command, Clock clock) {
        fact("establishedOn", command.establishedOn(), clock);
        apply(new ReceptionFraudEstablished(alienId, command.establishedOn()));
    }

    @CommandHandler
    void handle(RecordEquatedCategory command, Clock clock) {
        fact("from", command.from(), clock);
        Rejection.enforce(present("category", command.category()));
        if (command.until() != null) {
            Rejection.enforce(AlienRules.notBefore("until", command.until(), "from", command.from()));
        }
        apply(new EquatedCategoryRecorded(alienId, command.category(), command.from(), command.until()));
    }

    @CommandHandler
    void handle(RecordNonArrival command, Clock clock) {
        fact("sentOn", command.sentOn(), clock);
        Rejection.enforce(present("deadline", command.deadline()));
        apply(new NonArrivalRecorded(alienId, command.deadline(), command.sentOn()));
    }

    @CommandHandler
    void handle(RecordAmvFollowUpCare command, Clock clock) {
        fact("startedOn", command.startedOn(), clock);
        Rejection.enforce(AmvRules.unaccompaniedMinor(position));
        apply(new AmvFollowUpCareStarted(alienId, command.startedOn()));
    }

    // ---- return decision outside asylum, departure term, means, representative ----

    @CommandHandler
    void handle(IssueReturnDecision command, Clock clock) {
        fact("issuedOn", command.issuedOn(), clock);
        Rejection.enforce(
                present("occasion", command.occasion()),
                present("departureTerm", command.departureTerm()),
                termStartPresent(command.departureTerm()));
        Rejection.enforce(
                DepartureTermRules.noAsylumApplicationPending(position),
                DepartureTermRules.termAtMost4Weeks(command.departureTerm()),
                ApplicationRules.termStartsOnOrAfterDecision(command.departureTerm(), command.issuedOn()));
        apply(new ReturnDecisionIssued(alienId, command.occasion(), command.departureTerm(), command.issuedOn()));
    }

    @CommandHandler
    void handle(ExtendDepartureTerm command, Clock clock) {
        fact("decidedOn", command.decidedOn(), clock);
        Rejection.enforce(present("lastDay", command.lastDay()));
        Rejection.enforce(DepartureTermRules.termToExtend(position));
        DutyToLeave current = position.currentDutyToLeave().orElseThrow();
        Rejection.enforce(
                AlienRules.notBefore("decidedOn", command.decidedOn(), "the term's decision", current.decidedOn()),
                DepartureTermRules.decidedWhileTermRuns(current, command.decidedOn()),
                DepartureTermRules.extendsBeyondLastDay(current, command.lastDay()));
        apply(new DepartureTermExtended(alienId, command.lastDay(), command.decidedOn()));
    }

    @CommandHandler
    void handle(RecordSufficientMeans command, Clock clock) {
        fact("from", command.from(), clock);
        if (command.until() != null) {
            Rejection.enforce(AlienRules.notBefore("until", command.until(), "from", command.from()));
        }
        apply(new SufficientMeansEstablished(alienId, command.from(), command.until()));
    }

    @CommandHandler
    void handle(AuthoriseRepresentative command, Clock clock) {
        fact("from", command.from(), clock);
        Rejection.enforce(
                present("kind", command.kind()),
                AlienRules.filledIn("representativeName", command.representativeName()));
        Rejection.enforce(RepresentationRules.noRepresentativeYet(position));
        apply(new RepresentativeAuthorised(alienId, command.kind(), command.representativeName(), command.from()));
    }

    @CommandHandler
    void handle(EndRepresentation command, Clock clock) {
        fact("endedOn", command.endedOn(), clock);
        Rejection.enforce(RepresentationRules.representativeRecorded(position));
        Rejection.enforce(AlienRules.notBefore(
                "endedOn",
                command.endedOn(),
                "from",
                position.currentRepresentation().orElseThrow().from()));
        apply(new RepresentationEnded(alienId, command.endedOn()));
    }

    // ---- family changes ----

    @CommandHandler
    void handle(RecordFamilyMemberJoining command, Clock clock) {
        fact("joinedOn", command.joinedOn(), clock);
        Rejection.enforce(
                present("relationship", command.relationship()),
                present("dateOfBirth", command.dateOfBirth()),
                present("kind", command.kind()));
        Rejection.enforce(
                FamilyRules.birthIsOfAChild(command.kind(), command.relationship()),
                FamilyRules.bornOnOrBeforeJoining(command.dateOfBirth(), command.joinedOn()));
        apply(new FamilyMemberJoined(
                alienId, command.relationship(), command.dateOfBirth(), command.kind(), command.joinedOn()));
    }

    @CommandHandler
    void handle(RecordFamilyMemberLeaving command, Clock clock) {
        fact("leftOn", command.leftOn(), clock);
        Rejection.enforce(present("reason", command.reason()));
        int memberPosition = command.memberPosition() == null ? 1 : command.memberPosition();
        Rejection.enforce(FamilyRules.memberRecorded(position, command.memberSequence(), memberPosition));
        Rejection.enforce(FamilyRules.memberPresentOn(
                position.familyMember(command.memberSequence(), memberPosition).orElseThrow(), command.leftOn()));
        apply(new FamilyMemberLeft(
                alienId, command.memberSequence(), memberPosition, command.reason(), command.leftOn()));
    }

    // ---- corrections ----

    @CommandHandler
    void handle(CorrectAlienEntry command, Clock clock) {
        fact("correctedOn", command.correctedOn(), clock);
        long sequence = command.correctedSequence();
        Rejection.enforce(
                AlienRules.filledIn("reason", command.reason()), CorrectionRules.entryExists(position, sequence));
        SequencedAlienEvent entry = position.entry(sequence).orElseThrow();
        Rejection.enforce(
                CorrectionRules.notTheCreation(entry),
                CorrectionRules.notACorrection(entry),
                CorrectionRules.notCorrectedYet(position, sequence),
                CorrectionRules.notReliedOn(position, sequence));
        apply(new AlienEntryCorrected(
                alienId, sequence, entry.event().getClass().getSimpleName(), command.reason(), command.correctedOn()));
    }

    /** A departure term, when given, names the day it starts. */
    private static Optional<Rejection> termStartPresent(DepartureTerm term) {
        return term == null ? Optional.empty() : present("departureTerm.startsOn", term.startsOn());
    }

    /** The common checks of a recorded fact: its date is present and not after today. */
    private static void fact(String field, LocalDate date, Clock clock) {
        Rejection.enforce(present(field, date));
        Rejection.enforce(happenedNotLaterThanToday(field, date, LocalDate.now(clock)));
    }

    private Optional<Rejection> requestedBefore(String field, LocalDate date) {
        return AlienRules.notBefore(
                field,
                date,
                "requestedOn",
                position.openDeferralRequest().orElseThrow().requestedOn());
    }

    @EventSourcingHandler
    void on(AlienEvent event, @SequenceNumber long sequence) {
        alienId = event.alienId();
        position = position.apply(sequence, event);
    }

    /** The folded position, for tests in this package. */
    LegalPosition position() {
        return position;
    }
}
