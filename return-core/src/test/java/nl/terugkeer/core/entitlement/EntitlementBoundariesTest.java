package nl.terugkeer.core.entitlement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import nl.terugkeer.core.aliens.ArrivalDeadline;
import nl.terugkeer.core.aliens.AsylumApplicationKind;
import nl.terugkeer.core.aliens.DecisionOutcome;
import nl.terugkeer.core.aliens.DeferralGround;
import nl.terugkeer.core.aliens.DepartureTerm;
import nl.terugkeer.core.aliens.EquatedCategory;
import nl.terugkeer.core.aliens.PermitKind;
import nl.terugkeer.core.aliens.ReturnDecisionOccasion;
import nl.terugkeer.core.aliens.events.AmvFollowUpCareStarted;
import nl.terugkeer.core.aliens.events.AsylumApplicationDecided;
import nl.terugkeer.core.aliens.events.AsylumApplicationFiled;
import nl.terugkeer.core.aliens.events.DepartureDeferralGranted;
import nl.terugkeer.core.aliens.events.DepartureDeferralRequested;
import nl.terugkeer.core.aliens.events.DepartureTermExtended;
import nl.terugkeer.core.aliens.events.EntryBanImposed;
import nl.terugkeer.core.aliens.events.EquatedCategoryRecorded;
import nl.terugkeer.core.aliens.events.InterimReliefDecided;
import nl.terugkeer.core.aliens.events.InterimReliefRequested;
import nl.terugkeer.core.aliens.events.NonArrivalRecorded;
import nl.terugkeer.core.aliens.events.ReceptionFraudEstablished;
import nl.terugkeer.core.aliens.events.ReflectionPeriodGranted;
import nl.terugkeer.core.aliens.events.ResidencePermitGranted;
import nl.terugkeer.core.aliens.events.ReturnDecisionIssued;
import nl.terugkeer.core.aliens.events.SufficientMeansEstablished;
import nl.terugkeer.core.cases.DepartureType;
import nl.terugkeer.core.cases.DetentionBasis;
import nl.terugkeer.core.cases.ReportingFrequency;
import nl.terugkeer.core.cases.events.CheckInMissed;
import nl.terugkeer.core.cases.events.DepartureRecorded;
import nl.terugkeer.core.cases.events.DetentionOrdered;
import nl.terugkeer.core.cases.events.PlacedInVbl;
import nl.terugkeer.core.cases.events.ReportingObligationImposed;
import nl.terugkeer.core.cases.events.ReturnProspectRecorded;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every rule of the policy at its edges, in one table: the last day the answer before the rule still holds, the
 * rule's first day in, its last day in (every "until" is a last day included) and its first day out. The dates are
 * literals worked out by hand from the sources, never computed with the code under test.
 */
class EntitlementBoundariesTest {

    private final EntitlementPolicy policy = EntitlementPolicy.standard();

    /**
     * A rule's edges: on {@code firstIn} through {@code lastIn} the answer is {@code in}; on {@code firstOut} it is
     * {@code out}. A rule ended by a later fact (dated on its first day out, so not yet valid on the last day in)
     * cannot know its last day ahead.
     */
    record Edge(
            String rule,
            Supplier<PersonHistory> history,
            LocalDate firstIn,
            LocalDate lastIn,
            String in,
            LocalDate firstOut,
            String out,
            boolean lastDayKnownAhead) {

        static Edge endingOnItsOwn(
                String rule,
                Supplier<PersonHistory> history,
                LocalDate firstIn,
                LocalDate lastIn,
                String in,
                LocalDate firstOut,
                String out) {
            return new Edge(rule, history, firstIn, lastIn, in, firstOut, out, true);
        }

        static Edge endedByALaterFact(
                String rule,
                Supplier<PersonHistory> history,
                LocalDate firstIn,
                LocalDate lastIn,
                String in,
                LocalDate firstOut,
                String out) {
            return new Edge(rule, history, firstIn, lastIn, in, firstOut, out, false);
        }

        @Override
        public String toString() {
            return rule;
        }
    }

    static Stream<Edge> edges() {
        return Stream.of(
                Edge.endingOnItsOwn(
                        "asylum application (Rva 1(d), 3): from filing",
                        () -> filed(HistoryBuilder.adult()).build(),
                        LocalDate.of(2026, 2, 1),
                        LocalDate.of(2026, 4, 30),
                        "ASYLUM_RECEPTION",
                        null,
                        null),
                Edge.endingOnItsOwn(
                        "departure term of 28 days (Vw 62; Rva 5, 7(1)(b)): decided 1 May, last day 29 May",
                        () -> rejected(HistoryBuilder.adult(), 28).build(),
                        LocalDate.of(2026, 5, 1),
                        LocalDate.of(2026, 5, 29),
                        "DEPARTURE_TERM",
                        LocalDate.of(2026, 5, 30),
                        "NONE:DEPARTURE_TERM_ENDED"),
                Edge.endingOnItsOwn(
                        "departure term of 0 days: only the day of the decision",
                        () -> rejected(HistoryBuilder.adult(), 0).build(),
                        LocalDate.of(2026, 5, 1),
                        LocalDate.of(2026, 5, 1),
                        "DEPARTURE_TERM",
                        LocalDate.of(2026, 5, 2),
                        "NONE:DEPARTURE_TERM_ENDED"),
                Edge.endingOnItsOwn(
                        "art. 64 (Rva 3(3)(f), 7(1)(d)): deferral through 31 Aug, reception 4 weeks after, through 28 Sep",
                        () -> {
                            HistoryBuilder b = rejected(HistoryBuilder.adult(), 28);
                            return b.alien(new DepartureDeferralRequested(
                                            b.alienId, DeferralGround.UNFIT_TO_TRAVEL, LocalDate.of(2026, 5, 20)))
                                    .alien(new DepartureDeferralGranted(
                                            b.alienId, LocalDate.of(2026, 6, 1), LocalDate.of(2026, 8, 31)))
                                    .build();
                        },
                        LocalDate.of(2026, 6, 1),
                        LocalDate.of(2026, 9, 28),
                        "ART_64",
                        LocalDate.of(2026, 9, 29),
                        "NONE:ART_64_ENDED"),
                Edge.endingOnItsOwn(
                        "two missed check-ins (Rva 7(1)(j)): first miss 8 May, reception through 22 May",
                        () -> {
                            HistoryBuilder b = rejected(HistoryBuilder.adult(), 28);
                            return b.inCase(new ReportingObligationImposed(
                                            b.caseId, ReportingFrequency.WEEKLY, LocalDate.of(2026, 5, 2)))
                                    .inCase(new CheckInMissed(b.caseId, LocalDate.of(2026, 5, 8)))
                                    .inCase(new CheckInMissed(b.caseId, LocalDate.of(2026, 5, 15)))
                                    .build();
                        },
                        LocalDate.of(2026, 5, 1),
                        LocalDate.of(2026, 5, 22),
                        "DEPARTURE_TERM",
                        LocalDate.of(2026, 5, 23),
                        "NONE:REPORTING_MISSED_TWICE"),
                Edge.endedByALaterFact(
                        "entry ban (Rva 7(1)(h)): at once",
                        () -> {
                            HistoryBuilder b = filed(HistoryBuilder.adult());
                            return b.alien(new EntryBanImposed(b.alienId, 2, LocalDate.of(2026, 4, 1)))
                                    .build();
                        },
                        LocalDate.of(2026, 2, 1),
                        LocalDate.of(2026, 3, 31),
                        "ASYLUM_RECEPTION",
                        LocalDate.of(2026, 4, 1),
                        "NONE:ENTRY_BAN"),
                Edge.endingOnItsOwn(
                        "interim relief refused (Rva 5): requested 10 May, refused 20 May, reception through 17 Jun",
                        () -> {
                            HistoryBuilder b = rejected(HistoryBuilder.adult(), 28);
                            return b.alien(new InterimReliefRequested(b.alienId, LocalDate.of(2026, 5, 10)))
                                    .alien(new InterimReliefDecided(
                                            b.alienId, DecisionOutcome.REJECTED, LocalDate.of(2026, 5, 20)))
                                    .build();
                        },
                        LocalDate.of(2026, 5, 10),
                        LocalDate.of(2026, 6, 17),
                        "INTERIM_RELIEF",
                        LocalDate.of(2026, 6, 18),
                        "NONE:INTERIM_RELIEF_REFUSED"),
                Edge.endingOnItsOwn(
                        "interim relief pending (Rva 5) after a 0-day term: from the request, no last day",
                        () -> {
                            HistoryBuilder b = rejected(HistoryBuilder.adult(), 0);
                            return b.alien(new InterimReliefRequested(b.alienId, LocalDate.of(2026, 5, 4)))
                                    .build();
                        },
                        LocalDate.of(2026, 5, 4),
                        LocalDate.of(2026, 11, 28),
                        "INTERIM_RELIEF",
                        null,
                        null),
                Edge.endingOnItsOwn(
                        "interim relief granted (Rva 3(3)(a)): reception while it holds",
                        () -> {
                            HistoryBuilder b = rejected(HistoryBuilder.adult(), 28);
                            return b.alien(new InterimReliefRequested(b.alienId, LocalDate.of(2026, 5, 10)))
                                    .alien(new InterimReliefDecided(
                                            b.alienId, DecisionOutcome.GRANTED, LocalDate.of(2026, 5, 20)))
                                    .build();
                        },
                        LocalDate.of(2026, 5, 10),
                        LocalDate.of(2027, 5, 10),
                        "INTERIM_RELIEF",
                        null,
                        null),
                Edge.endingOnItsOwn(
                        "ECtHR interim measure (Rva 3(3)(l)): from 15 Jun through 30 Sep as recorded",
                        () -> {
                            HistoryBuilder b = rejected(HistoryBuilder.adult(), 28);
                            return b.alien(new EquatedCategoryRecorded(
                                            b.alienId,
                                            EquatedCategory.ECTHR_INTERIM_MEASURE,
                                            LocalDate.of(2026, 6, 15),
                                            LocalDate.of(2026, 9, 30)))
                                    .build();
                        },
                        LocalDate.of(2026, 6, 15),
                        LocalDate.of(2026, 9, 30),
                        "EQUATED_CATEGORY",
                        LocalDate.of(2026, 10, 1),
                        "NONE:EQUATED_CATEGORY_ENDED"),
                Edge.endingOnItsOwn(
                        "same situation as art. 64 (Rva 3(3)(g),(m)-(o)): from 15 Jun while it holds",
                        () -> {
                            HistoryBuilder b = rejected(HistoryBuilder.adult(), 28);
                            return b.alien(new EquatedCategoryRecorded(
                                            b.alienId,
                                            EquatedCategory.SAME_SITUATION_AS_ART_64,
                                            LocalDate.of(2026, 6, 15),
                                            null))
                                    .build();
                        },
                        LocalDate.of(2026, 6, 15),
                        LocalDate.of(2027, 6, 15),
                        "EQUATED_CATEGORY",
                        null,
                        null),
                Edge.endingOnItsOwn(
                        "not arriving within 48 h of a transfer (Rva 7(1)(i)): sent 10 Mar, through 12 Mar",
                        () -> {
                            HistoryBuilder b = filed(HistoryBuilder.adult());
                            return b.alien(new NonArrivalRecorded(
                                            b.alienId, ArrivalDeadline.TRANSFER_48_HOURS, LocalDate.of(2026, 3, 10)))
                                    .build();
                        },
                        LocalDate.of(2026, 2, 1),
                        LocalDate.of(2026, 3, 12),
                        "ASYLUM_RECEPTION",
                        LocalDate.of(2026, 3, 13),
                        "NONE:NOT_ARRIVED"),
                Edge.endingOnItsOwn(
                        "not reporting within 24 h of a referral (Rva 4(3)(a)): sent 10 Mar, through 11 Mar",
                        () -> {
                            HistoryBuilder b = filed(HistoryBuilder.adult());
                            return b.alien(new NonArrivalRecorded(
                                            b.alienId, ArrivalDeadline.REFERRAL_24_HOURS, LocalDate.of(2026, 3, 10)))
                                    .build();
                        },
                        LocalDate.of(2026, 2, 1),
                        LocalDate.of(2026, 3, 11),
                        "ASYLUM_RECEPTION",
                        LocalDate.of(2026, 3, 12),
                        "NONE:NOT_ARRIVED"),
                Edge.endedByALaterFact(
                        "amv follow-up care by the guardian (Rva 6): ends the amv reception at once",
                        () -> {
                            HistoryBuilder b = HistoryBuilder.person(LocalDate.of(2010, 8, 20), true, List.of());
                            return b.alien(new AmvFollowUpCareStarted(b.alienId, LocalDate.of(2026, 7, 1)))
                                    .build();
                        },
                        LocalDate.of(2026, 1, 5),
                        LocalDate.of(2026, 6, 30),
                        "UNACCOMPANIED_MINOR",
                        LocalDate.of(2026, 7, 1),
                        "NONE:AMV_FOLLOW_UP_CARE"),
                Edge.endedByALaterFact(
                        "fraud (Rva 7(1)(k)): at once",
                        () -> {
                            HistoryBuilder b = filed(HistoryBuilder.adult());
                            return b.alien(new ReceptionFraudEstablished(b.alienId, LocalDate.of(2026, 4, 1)))
                                    .build();
                        },
                        LocalDate.of(2026, 2, 1),
                        LocalDate.of(2026, 3, 31),
                        "ASYLUM_RECEPTION",
                        LocalDate.of(2026, 4, 1),
                        "NONE:FRAUD"),
                Edge.endedByALaterFact(
                        "fraud (Rva 7(1)(k)) during interim relief: at once",
                        () -> {
                            HistoryBuilder b = rejected(HistoryBuilder.adult(), 28);
                            return b.alien(new InterimReliefRequested(b.alienId, LocalDate.of(2026, 5, 10)))
                                    .alien(new ReceptionFraudEstablished(b.alienId, LocalDate.of(2026, 7, 1)))
                                    .build();
                        },
                        LocalDate.of(2026, 5, 10),
                        LocalDate.of(2026, 6, 30),
                        "INTERIM_RELIEF",
                        LocalDate.of(2026, 7, 1),
                        "NONE:FRAUD"),
                Edge.endedByALaterFact(
                        "detention (Rva 1(d)): none from the day of the order",
                        () -> {
                            HistoryBuilder b = filed(HistoryBuilder.adult());
                            return b.inCase(new DetentionOrdered(
                                            b.caseId,
                                            DetentionBasis.ART_59B,
                                            LocalDate.of(2026, 3, 1),
                                            LocalDate.of(2026, 3, 28)))
                                    .build();
                        },
                        LocalDate.of(2026, 2, 1),
                        LocalDate.of(2026, 2, 28),
                        "ASYLUM_RECEPTION",
                        LocalDate.of(2026, 3, 1),
                        "NONE:DETAINED"),
                Edge.endedByALaterFact(
                        "departure (Vw 61; Rva 7(1)): none from the day of departure",
                        () -> {
                            HistoryBuilder b = filed(HistoryBuilder.adult());
                            return b.inCase(new DepartureRecorded(
                                            b.caseId, DepartureType.INDEPENDENT, LocalDate.of(2026, 3, 1)))
                                    .build();
                        },
                        LocalDate.of(2026, 2, 1),
                        LocalDate.of(2026, 2, 28),
                        "ASYLUM_RECEPTION",
                        LocalDate.of(2026, 3, 1),
                        "NONE:DEPARTED"),
                Edge.endingOnItsOwn(
                        "VBL (Vw 56): placed 30 May, 12 weeks after, through 22 Aug",
                        () -> {
                            HistoryBuilder b = rejected(HistoryBuilder.adult(), 28);
                            return b.inCase(new ReturnProspectRecorded(
                                            b.caseId, LocalDate.of(2026, 8, 1), LocalDate.of(2026, 5, 30)))
                                    .inCase(new PlacedInVbl(
                                            b.caseId, LocalDate.of(2026, 5, 30), LocalDate.of(2026, 8, 22)))
                                    .build();
                        },
                        LocalDate.of(2026, 5, 30),
                        LocalDate.of(2026, 8, 22),
                        "VBL",
                        LocalDate.of(2026, 8, 23),
                        "NONE:VBL_ENDED"),
                Edge.endingOnItsOwn(
                        "family location (Vw 56; gezinslocatie): until the youngest (born 3 Mar 2015) turns 18",
                        () -> rejected(
                                        HistoryBuilder.person(
                                                LocalDate.of(1985, 1, 1), false, List.of(LocalDate.of(2015, 3, 3))),
                                        28)
                                .build(),
                        LocalDate.of(2026, 5, 30),
                        LocalDate.of(2033, 3, 2),
                        "FAMILY_LOCATION",
                        LocalDate.of(2033, 3, 3),
                        "NONE:YOUNGEST_CHILD_TURNED_18"),
                Edge.endingOnItsOwn(
                        "departure term extended (Vw 62(3)): 28 days to 29 May, extended on 20 May to 12 June",
                        () -> {
                            HistoryBuilder b = rejected(HistoryBuilder.adult(), 28);
                            return b.alien(new DepartureTermExtended(
                                            b.alienId, LocalDate.of(2026, 6, 12), LocalDate.of(2026, 5, 20)))
                                    .build();
                        },
                        LocalDate.of(2026, 5, 1),
                        LocalDate.of(2026, 6, 12),
                        "DEPARTURE_TERM",
                        LocalDate.of(2026, 6, 13),
                        "NONE:DEPARTURE_TERM_ENDED"),
                new Edge(
                        "sufficient means (Rva 2): no Rva reception from 1 April through 30 June, then again",
                        () -> {
                            HistoryBuilder b = filed(HistoryBuilder.adult());
                            return b.alien(new SufficientMeansEstablished(
                                            b.alienId, LocalDate.of(2026, 4, 1), LocalDate.of(2026, 6, 30)))
                                    .build();
                        },
                        LocalDate.of(2026, 4, 1),
                        LocalDate.of(2026, 6, 30),
                        "NONE:SUFFICIENT_MEANS",
                        LocalDate.of(2026, 7, 1),
                        "ASYLUM_RECEPTION",
                        false),
                Edge.endingOnItsOwn(
                        "family location after a return decision outside asylum (Vw 62a, 56): term to 31 Aug 2026",
                        () -> {
                            HistoryBuilder b = HistoryBuilder.person(
                                    LocalDate.of(1985, 1, 1), false, List.of(LocalDate.of(2015, 3, 3)));
                            LocalDate issued = LocalDate.of(2026, 8, 3);
                            return b.alien(new ReturnDecisionIssued(
                                            b.alienId,
                                            ReturnDecisionOccasion.APPREHENDED_IN_SUPERVISION,
                                            new DepartureTerm(28, issued),
                                            issued))
                                    .build();
                        },
                        LocalDate.of(2026, 9, 1),
                        LocalDate.of(2033, 3, 2),
                        "FAMILY_LOCATION",
                        LocalDate.of(2033, 3, 3),
                        "NONE:YOUNGEST_CHILD_TURNED_18"),
                Edge.endingOnItsOwn(
                        "unaccompanied minor (Rva 6): born 20 Aug 2010, through the 18th birthday",
                        () -> HistoryBuilder.person(LocalDate.of(2010, 8, 20), true, List.of())
                                .build(),
                        LocalDate.of(2026, 1, 5),
                        LocalDate.of(2028, 8, 20),
                        "UNACCOMPANIED_MINOR",
                        LocalDate.of(2028, 8, 21),
                        "NONE:TURNED_18"),
                Edge.endingOnItsOwn(
                        "reflection period (Rvb 2-3; Vc B8/3): through its end date",
                        () -> {
                            HistoryBuilder b = HistoryBuilder.adult();
                            return b.alien(new ReflectionPeriodGranted(
                                            b.alienId, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 6, 1)))
                                    .build();
                        },
                        LocalDate.of(2026, 3, 1),
                        LocalDate.of(2026, 6, 1),
                        "RVB_ALLOWANCE",
                        LocalDate.of(2026, 6, 2),
                        "NONE:RVB_ENDED"),
                Edge.endedByALaterFact(
                        "permit (Vw 8): lawful residence from its first through its last day",
                        () -> {
                            HistoryBuilder b = rejected(HistoryBuilder.adult(), 28);
                            return b.alien(new ResidencePermitGranted(
                                            b.alienId,
                                            PermitKind.BUITENSCHULD,
                                            LocalDate.of(2026, 5, 10),
                                            LocalDate.of(2027, 5, 9),
                                            LocalDate.of(2026, 5, 10)))
                                    .build();
                        },
                        LocalDate.of(2026, 5, 1),
                        LocalDate.of(2026, 5, 9),
                        "DEPARTURE_TERM",
                        LocalDate.of(2026, 5, 10),
                        "NONE:LAWFUL_RESIDENCE"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("edges")
    void givenARule_whenAskedAtItsEdges_thenFirstDayInLastDayInAndFirstDayOut(Edge edge) {
        PersonHistory h = edge.history().get();

        assertThat(answer(h, edge.firstIn().minusDays(1))).as("the day before").isNotEqualTo(edge.in());
        assertThat(answer(h, edge.firstIn())).as("first day in").isEqualTo(edge.in());
        assertThat(answer(h, edge.lastIn())).as("last day in").isEqualTo(edge.in());
        if (edge.firstOut() != null && edge.lastDayKnownAhead()) {
            assertThat(policy.on(h, edge.lastIn()).validUntil())
                    .as("the answer says its last day")
                    .isEqualTo(edge.lastIn());
        }
        if (edge.firstOut() != null) {
            assertThat(answer(h, edge.firstOut())).as("first day out").isEqualTo(edge.out());
        }
    }

    private String answer(PersonHistory h, LocalDate date) {
        EntitlementAnswer a = policy.on(h, date);
        return a.entitled() ? a.kind().name() : "NONE:" + a.refusal();
    }

    private static HistoryBuilder filed(HistoryBuilder b) {
        return b.alien(new AsylumApplicationFiled(b.alienId, AsylumApplicationKind.FIRST, LocalDate.of(2026, 2, 1)));
    }

    private static HistoryBuilder rejected(HistoryBuilder b, int days) {
        LocalDate decided = LocalDate.of(2026, 5, 1);
        return filed(b).alien(new AsylumApplicationDecided(
                b.alienId, DecisionOutcome.REJECTED, new DepartureTerm(days, decided), decided));
    }
}
