package nl.terugkeer.api;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import nl.terugkeer.api.CommandSubject.Step;
import nl.terugkeer.api.commands.CommandRoutes;
import nl.terugkeer.api.commands.CommandRoutes.Aggregate;
import nl.terugkeer.api.commands.CommandRoutes.Route;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Every route of {@link CommandRoutes} posted over HTTP with a valid body, by the role allowed to send it (DTenV on
 * a case, the IND on a person): 201, and the sub-resource's GET then lists the entry. The samples are keyed by the
 * route table, so a route without a sample fails here. Before that, the body is posted once without each field the
 * OpenAPI document marks as required, and each is refused as missing: the document cannot promise more or less than
 * the model checks.
 */
@ReturnApiTest
class RouteCoverageTest {

    /** Whom a sample is recorded on. */
    enum Subject {
        /** The one case (or person) that all such samples share: the command needs nothing first and changes
         * nothing another sample relies on. */
        SHARED,
        /** A person of its own (with a case of its own for a case route), registered and signalled for it. */
        OWN,
        /** As OWN, for a person who travels with a minor child (born 2020-05-01). */
        OWN_FAMILY,
        /** As OWN, for an unaccompanied minor (born 2010-08-20). */
        OWN_AMV
    }

    /** A valid body, what must be recorded first, and the event the API answers that it recorded. */
    record Sample(Subject subject, String recorded, String body, List<Step> given) {}

    /** Exactly one sample per route in {@link CommandRoutes#ALL}. Facts are dated on or before 2026-11-28. */
    static final Map<String, Sample> SAMPLES = Map.ofEntries(
            // ---- case: general ----
            entry("cases/case-manager-assignments", shared("CaseManagerAssigned", """
                            {"caseManager":"rv-1","assignedOn":"2026-03-01"}""")),
            entry("cases/departure-interviews", shared("DepartureInterviewHeld", """
                            {"willingToCooperate":true,"heldOn":"2026-03-02","participatingMunicipality":"GM0363"}""")),
            entry("cases/own-departure-attempts", shared("OwnDepartureAttemptRecorded", """
                            {"missionApproached":"Embassy of Afghanistan","attemptedOn":"2026-03-03"}""")),
            // ---- case: documents ----
            entry("cases/document-requests", shared("DocumentsRequested", """
                            {"documents":"birth certificate","requestedFrom":"the person","requestedOn":"2026-03-04"}""")),
            entry("cases/laissez-passer-requests", shared("LaissezPasserRequested", """
                            {"country":"AFG","purpose":"RETURN","requestedOn":"2026-03-05"}""")),
            entry(
                    "cases/embassy-presentations",
                    own("EmbassyPresentationScheduled", """
                            {"form":"IN_PERSON","presentationOn":"2026-04-01","scheduledOn":"2026-03-10"}""", laissezPasserRequested("2026-03-05"))),
            entry(
                    "cases/embassy-presentation-outcomes",
                    own("EmbassyPresentationHeld", """
                            {"outcome":"RECOGNISED","heldOn":"2026-04-01"}""", laissezPasserRequested("2026-03-05"))),
            entry("cases/travel-documents", shared("TravelDocumentObtained", """
                            {"kind":"PASSPORT","validUntil":"2031-03-06","obtainedOn":"2026-03-06"}""")),
            // ---- case: return support ----
            entry("cases/return-support-offers", shared("ReturnSupportOffered", """
                            {"kind":"BASIC","offeredOn":"2026-03-07"}""")),
            entry(
                    "cases/return-support-grants",
                    own("ReturnSupportGranted", """
                            {"kind":"BASIC","adults":1,"minors":0,"amountInEuros":200,"cashInEuros":200,
                             "grantedOn":"2026-03-08"}""", step("cases/return-support-offers", """
                                    {"kind":"BASIC","offeredOn":"2026-03-07"}"""))),
            // ---- case: reporting obligation ----
            entry("cases/reporting-obligations", shared("ReportingObligationImposed", """
                            {"frequency":"WEEKLY","imposedOn":"2026-03-09"}""")),
            entry(
                    "cases/reporting-obligation-lifts",
                    own("ReportingObligationLifted", """
                            {"liftedOn":"2026-04-01"}""", reportingObligationImposed())),
            entry("cases/check-ins", own("CheckInRecorded", """
                            {"checkedInOn":"2026-03-16"}""", reportingObligationImposed())),
            entry("cases/missed-check-ins", own("CheckInMissed", """
                            {"missedOn":"2026-03-16"}""", reportingObligationImposed())),
            // ---- case: VBL and family location ----
            entry("cases/return-prospects", shared("ReturnProspectRecorded", """
                            {"expectedDepartureBy":"2026-05-01","recordedOn":"2026-03-10"}""")),
            entry("cases/vbl-placements", own("PlacedInVbl", """
                            {"placedOn":"2026-03-11"}""", returnProspectRecorded())),
            entry("cases/vbl-extensions", own("VblStayExtended", """
                            {"extendedUntil":"2026-08-01","extendedOn":"2026-05-20"}""", returnProspectRecorded(), placedInVbl())),
            entry("cases/area-restrictions", shared("AreaRestrictionImposed", """
                            {"kind":"STAY_IN_AREA","area":"GM0363","imposedOn":"2026-05-04","lastDay":"2026-07-27"}""")),
            entry("cases/area-restriction-extensions", own("AreaRestrictionExtended", """
                            {"lastDay":"2026-09-01","decidedOn":"2026-07-20"}""", areaRestrictionImposed())),
            entry("cases/area-restriction-lifts", own("AreaRestrictionLifted", """
                            {"reason":"WILLING_AND_ABLE_TO_LEAVE","liftedOn":"2026-06-01"}""", areaRestrictionImposed())),
            entry(
                    "cases/family-location-placements",
                    new Sample(Subject.OWN_FAMILY, "PlacedInFamilyLocation", """
                            {"placedOn":"2026-03-11"}""", List.of())),
            entry("cases/placement-ends", own("PlacementEnded", """
                            {"endedOn":"2026-04-01"}""", returnProspectRecorded(), placedInVbl())),
            // ---- case: detention ----
            entry("cases/detentions", own("DetentionOrdered", """
                            {"basis":"ART_59","ground":"ART_59_1_A","orderedOn":"2026-03-01","maximumEndOn":"2026-08-31"}""")),
            entry("cases/detention-extensions", own("DetentionExtended", """
                            {"reason":"NON_COOPERATION","extendedUntil":"2027-02-28","extendedOn":"2026-08-20"}""", detentionOrdered())),
            entry("cases/detention-lifts", own("DetentionLifted", """
                            {"liftedOn":"2026-04-01"}""", detentionOrdered())),
            // ---- case: obstacles, escalation, reviews, IND ----
            entry("cases/obstacles", shared("ObstacleRegistered", """
                            {"type":"MEDICAL","description":"in treatment","registeredOn":"2026-03-12"}""")),
            entry("cases/obstacle-resolutions", own("ObstacleResolved", """
                            {"type":"NO_TRAVEL_DOCUMENT","resolution":"passport issued","resolvedOn":"2026-04-01"}""", noTravelDocumentObstacle())),
            entry("cases/escalations", own("CaseEscalated", """
                            {"domains":["CARE"],"reason":"no progress","escalatedOn":"2026-04-01"}""", noTravelDocumentObstacle())),
            entry("cases/case-reviews", shared("CaseReviewHeld", """
                            {"participants":["DTENV","IND"],"optionsExplored":["voluntary return"],
                             "outcome":"continue","heldOn":"2026-03-13"}""")),
            entry("cases/ind-information-requests", shared("IndInformationRequested", """
                            {"channel":"KETENSERVICELIJN","question":"procedure?","requestedOn":"2026-03-14"}""")),
            entry(
                    "cases/ind-answers",
                    own(
                            "IndInformationReceived",
                            // the request is the case's entry 1 (0 is the signal)
                            """
                            {"requestSequence":1,"answer":"no procedure pending","receivedOn":"2026-04-01"}""",
                            step("cases/ind-information-requests", """
                                    {"channel":"KETENSERVICELIJN","question":"procedure?","requestedOn":"2026-03-14"}"""))),
            // ---- case: mediation, buitenschuld, ambtsadvies ----
            entry("cases/mediation-requests", shared("MediationRequested", """
                            {"requestedOn":"2026-03-15"}""")),
            entry("cases/return-statements", shared("ReturnStatementRecorded", """
                            {"signed":true,"recordedOn":"2026-03-16"}""")),
            entry("cases/buitenschuld-exclusions", own("BuitenschuldExclusionRecorded", """
                            {"exclusion":"MISSED_PRESENTATION_WITHOUT_REASON","description":"did not come",
                             "recordedOn":"2026-03-16"}""")),
            entry("cases/bma-advices", shared("BmaAdviceRecorded", """
                            {"permanentlyUnableToTravel":true,"advisedOn":"2026-03-16"}""")),
            entry("cases/minor-buitenschuld-facts", shared("MinorBuitenschuldFactsRecorded", """
                            {"bornOn":"2010-05-01","firstApplicationOn":"2025-04-30",
                             "adequateReceptionInCountryOfOrigin":false,"recordedOn":"2026-03-16"}""")),
            entry("cases/family-bonds", shared("FamilyBondRecorded", """
                            {"bondSince":"2018-03-01","enteredOn":"2024-01-15","countries":["AFG","IRN"],
                             "recordedOn":"2026-03-16"}""")),
            entry("cases/buitenschuld-establishments", own("BuitenschuldEstablished", """
                            {"establishedOn":"2026-05-01","route":"REGULAR"}""", buitenschuldConditions())),
            entry(
                    "cases/no-fault-advices",
                    own(
                            "NoFaultAdviceIssued",
                            """
                            {"outcome":"POSITIVE","issuedOn":"2026-05-10"}""",
                            concat(buitenschuldConditions(), step("cases/buitenschuld-establishments", """
                                    {"establishedOn":"2026-05-01"}""")))),
            // ---- case: departure, closing, reopening, corrections ----
            entry("cases/departures", own("DepartureRecorded", """
                            {"type":"INDEPENDENT","departedOn":"2026-04-01"}""")),
            entry("cases/closures", own("CaseClosed", """
                            {"reason":"ADMINISTRATIVE","closedOn":"2026-04-01"}""")),
            entry("cases/reopenings", own("CaseReopened", """
                            {"reason":"new facts","reopenedOn":"2026-05-01"}""", step("cases/closures", """
                                    {"reason":"ADMINISTRATIVE","closedOn":"2026-04-01"}"""))),
            entry(
                    "cases/corrections",
                    own(
                            "CaseEntryCorrected",
                            // the assignment is the case's entry 1 (0 is the signal)
                            """
                            {"correctedSequence":1,"reason":"wrong case manager","correctedOn":"2026-04-01"}""",
                            step("cases/case-manager-assignments", """
                                    {"caseManager":"rv-1","assignedOn":"2026-03-01"}"""))),
            // ---- person: identity and nationality ----
            entry("aliens/identity-establishments", shared("IdentityEstablished", """
                            {"establishedOn":"2026-02-01"}""")),
            entry("aliens/nationality-establishments", shared("NationalityEstablished", """
                            {"nationality":"AFG","establishedOn":"2026-02-02"}""")),
            entry("aliens/statelessness-establishments", own("StatelessnessEstablished", """
                            {"establishedOn":"2026-02-02"}""")),
            // ---- person: applications and decisions ----
            entry("aliens/asylum-applications", shared("AsylumApplicationFiled", """
                            {"kind":"FIRST","filedOn":"2026-02-03"}""")),
            entry(
                    "aliens/asylum-decisions",
                    own("AsylumApplicationDecided", """
                            {"outcome":"REJECTED","departureTerm":{"days":28,"startsOn":"2026-06-01"},
                             "decidedOn":"2026-06-01"}""", step("aliens/asylum-applications", """
                                    {"kind":"FIRST","filedOn":"2026-02-03"}"""))),
            entry("aliens/regular-applications", shared("RegularApplicationFiled", """
                            {"purpose":"medical treatment","filedOn":"2026-02-04"}""")),
            entry(
                    "aliens/regular-decisions",
                    own(
                            "RegularApplicationDecided",
                            // the application is the person's entry 1 (0 is the registration)
                            """
                            {"applicationSequence":1,"outcome":"REJECTED","decidedOn":"2026-04-01"}""",
                            step("aliens/regular-applications", """
                                    {"purpose":"medical treatment","filedOn":"2026-02-04"}"""))),
            // ---- person: art. 64 deferral of departure ----
            entry("aliens/departure-deferral-requests", shared("DepartureDeferralRequested", """
                            {"ground":"UNFIT_TO_TRAVEL","requestedOn":"2026-02-05"}""")),
            entry("aliens/provisional-deferrals", own("ProvisionalDeferralApplied", """
                            {"validUntil":"2026-05-31","appliedOn":"2026-03-02"}""", deferralRequested())),
            entry("aliens/departure-deferral-grants", own("DepartureDeferralGranted", """
                            {"validUntil":"2026-09-30","grantedOn":"2026-03-10"}""", deferralRequested())),
            entry("aliens/departure-deferral-refusals", own("DepartureDeferralRefused", """
                            {"refusedOn":"2026-03-10"}""", deferralRequested())),
            entry(
                    "aliens/departure-deferral-ends",
                    own(
                            "DepartureDeferralEnded",
                            """
                            {"endedOn":"2026-06-01"}""",
                            deferralRequested(),
                            step("aliens/departure-deferral-grants", """
                                    {"validUntil":"2026-09-30","grantedOn":"2026-03-10"}"""))),
            // ---- person: family changes ----
            entry("aliens/family-member-joinings", own("FamilyMemberJoined", """
                            {"relationship":"CHILD","dateOfBirth":"2026-02-10","kind":"BORN","joinedOn":"2026-02-10"}""")),
            entry(
                    "aliens/family-member-leavings",
                    own(
                            "FamilyMemberLeft",
                            // the child who joined is the person's entry 1 (0 is the registration), its only member
                            """
                            {"memberSequence":1,"memberPosition":1,"reason":"MOVED_OUT","leftOn":"2026-03-01"}""",
                            step("aliens/family-member-joinings", """
                                    {"relationship":"CHILD","dateOfBirth":"2012-05-05","kind":"JOINED","joinedOn":"2026-02-10"}"""))),
            // ---- person: permits, entry ban, reflection period, corrections ----
            entry("aliens/residence-permits", shared("ResidencePermitGranted", """
                            {"kind":"REGULAR","validFrom":"2026-02-06","validUntil":"2027-02-05",
                             "grantedOn":"2026-02-06"}""")),
            entry("aliens/residence-permit-refusals", shared("ResidencePermitRefused", """
                            {"kind":"ASYLUM","refusedOn":"2026-02-07"}""")),
            entry("aliens/entry-bans", shared("EntryBanImposed", """
                            {"durationInYears":2,"imposedOn":"2026-02-08"}""")),
            entry(
                    "aliens/interim-relief-requests",
                    own(
                            "InterimReliefRequested",
                            """
                            {"requestedOn":"2026-06-05"}""",
                            step("aliens/asylum-applications", """
                                    {"kind":"FIRST","filedOn":"2026-02-03"}"""),
                            step("aliens/asylum-decisions", """
                                    {"outcome":"REJECTED","departureTerm":{"days":28,"startsOn":"2026-06-01"},
                                     "decidedOn":"2026-06-01"}"""))),
            entry(
                    "aliens/interim-relief-decisions",
                    own(
                            "InterimReliefDecided",
                            """
                            {"outcome":"REJECTED","decidedOn":"2026-06-20"}""",
                            step("aliens/asylum-applications", """
                                    {"kind":"FIRST","filedOn":"2026-02-03"}"""),
                            step("aliens/asylum-decisions", """
                                    {"outcome":"REJECTED","departureTerm":{"days":28,"startsOn":"2026-06-01"},
                                     "decidedOn":"2026-06-01"}"""),
                            step("aliens/interim-relief-requests", """
                                    {"requestedOn":"2026-06-05"}"""))),
            entry("aliens/equated-categories", shared("EquatedCategoryRecorded", """
                            {"category":"ECTHR_INTERIM_MEASURE","from":"2026-02-11","until":"2026-05-31"}""")),
            entry("aliens/non-arrivals", shared("NonArrivalRecorded", """
                            {"deadline":"TRANSFER_48_HOURS","sentOn":"2026-02-12"}""")),
            entry("aliens/amv-follow-up-care", new Sample(Subject.OWN_AMV, "AmvFollowUpCareStarted", """
                            {"startedOn":"2026-07-01"}""", List.of())),
            entry("aliens/return-decisions", own("ReturnDecisionIssued", """
                            {"occasion":"APPREHENDED_IN_SUPERVISION","departureTerm":{"days":28,"startsOn":"2026-08-03"},
                             "issuedOn":"2026-08-03"}""")),
            entry(
                    "aliens/departure-term-extensions",
                    own("DepartureTermExtended", """
                            {"lastDay":"2026-09-28","decidedOn":"2026-08-25"}""", step("aliens/return-decisions", """
                                    {"occasion":"OTHER","departureTerm":{"days":28,"startsOn":"2026-08-03"},
                                     "issuedOn":"2026-08-03"}"""))),
            entry("aliens/sufficient-means", shared("SufficientMeansEstablished", """
                            {"from":"2026-02-13","until":"2026-03-31"}""")),
            entry("aliens/representatives", own("RepresentativeAuthorised", """
                            {"kind":"LAWYER","representativeName":"mr. A. de Advocaat","from":"2026-02-14"}""")),
            entry("aliens/representation-ends", own("RepresentationEnded", """
                            {"endedOn":"2026-03-01"}""", step("aliens/representatives", """
                                    {"kind":"LAWYER","representativeName":"mr. A. de Advocaat","from":"2026-02-14"}"""))),
            entry("aliens/reception-frauds", shared("ReceptionFraudEstablished", """
                            {"establishedOn":"2026-02-10"}""")),
            entry("aliens/reflection-periods", shared("ReflectionPeriodGranted", """
                            {"endsOn":"2026-05-01","grantedOn":"2026-02-09"}""")),
            entry(
                    "aliens/corrections",
                    own(
                            "AlienEntryCorrected",
                            // the establishment is the person's entry 1 (0 is the registration)
                            """
                            {"correctedSequence":1,"reason":"wrong document","correctedOn":"2026-03-01"}""",
                            step("aliens/identity-establishments", """
                                    {"establishedOn":"2026-02-01"}"""))));

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static JsonNode document;
    private static CommandSubject sharedCase;
    private static CommandSubject sharedPerson;

    @LocalServerPort
    int port;

    @Test
    void givenTheRouteTable_whenComparedWithTheSamples_thenEveryRouteHasExactlyOneSample() {
        List<String> routes =
                CommandRoutes.ALL.stream().map(RouteCoverageTest::key).toList();

        assertThat(SAMPLES.keySet()).containsExactlyInAnyOrderElementsOf(routes);
        assertThat(SAMPLES.values().stream().flatMap(s -> s.given().stream()).map(Step::route))
                .as("every step of a sample's given is a route of the table")
                .isSubsetOf(routes);
    }

    static Stream<Arguments> routes() {
        return CommandRoutes.ALL.stream().map(route -> Arguments.of(key(route), route));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("routes")
    void givenItsPreconditions_whenTheRouteIsPostedWithAValidBody_then201AndItsHistoryListsTheEntry(
            String key, Route route) {
        Sample sample = SAMPLES.get(key);
        assertThat(sample).as("a sample for route " + key).isNotNull();
        CommandSubject subject = subject(sample.subject(), route.aggregate());
        subject.record(sample.given());

        String collection = subject.path(key);
        Http author = subject.author(key);
        for (String field : requiredInTheDocument(route)) {
            Http.Response refused = author.post(collection, without(sample.body(), field));
            assertThat(refused.status())
                    .as(key + " without " + field + ", which the document says is required: " + refused.body())
                    .isEqualTo(400);
            assertThat(refused.json().get("code").asString()).isEqualTo("MISSING_REQUIRED_FIELD");
            assertThat(refused.json().get("detail").asString()).contains(field);
        }
        Http.Response posted = author.post(collection, sample.body());

        assertThat(posted.status()).as(key + ": " + posted.body()).isEqualTo(201);
        assertThat(posted.header("Location")).isEqualTo(collection);
        assertThat(posted.json().get("recorded").asString()).isEqualTo(sample.recorded());
        JsonNode entries = await().atMost(Duration.ofSeconds(10))
                .until(
                        () -> author.get(collection),
                        r -> r.status() == 200 && !r.json().get("entries").isEmpty())
                .json()
                .get("entries");
        assertThat(entries).hasSize(1);
        assertThat(entries.get(0).get("eventType").asString()).isEqualTo(sample.recorded());
        assertThat(entries.get(0).get("userId").asString())
                .isEqualTo(route.aggregate() == Aggregate.CASE ? "u-dtenv-1" : "u-ind-1");
    }

    /** What the OpenAPI document says the command's body requires (each is refused as missing without it). */
    private List<String> requiredInTheDocument(Route route) {
        if (document == null) {
            document = Http.anonymous(port).get("/v1/openapi.json").json();
        }
        JsonNode schema = document.get("components")
                .get("schemas")
                .get(route.commandType().getSimpleName());
        assertThat(schema)
                .as("a body schema for " + route.commandType().getSimpleName())
                .isNotNull();
        JsonNode required = schema.get("required");
        return required == null
                ? List.of()
                : required.valueStream().map(JsonNode::asString).toList();
    }

    private static String without(String body, String field) {
        ObjectNode fields = (ObjectNode) JSON.readTree(body);
        assertThat(fields.has(field))
                .as("the sample sets the required field " + field)
                .isTrue();
        fields.remove(field);
        return fields.toString();
    }

    // ---- the samples' building blocks ----

    private static Sample shared(String recorded, String body) {
        return new Sample(Subject.SHARED, recorded, body, List.of());
    }

    private static Sample own(String recorded, String body, Step... given) {
        return new Sample(Subject.OWN, recorded, body, List.of(given));
    }

    private static Sample own(String recorded, String body, List<Step> given) {
        return new Sample(Subject.OWN, recorded, body, given);
    }

    private static Step step(String route, String body) {
        return new Step(route, body);
    }

    private static Step laissezPasserRequested(String on) {
        return step("cases/laissez-passer-requests", """
                {"country":"AFG","purpose":"RETURN","requestedOn":"%s"}""".formatted(on));
    }

    private static Step reportingObligationImposed() {
        return step("cases/reporting-obligations", """
                {"frequency":"WEEKLY","imposedOn":"2026-03-09"}""");
    }

    private static Step returnProspectRecorded() {
        return step("cases/return-prospects", """
                {"expectedDepartureBy":"2026-05-01","recordedOn":"2026-03-10"}""");
    }

    /** Through 2026-07-27, 12 weeks later. */
    private static Step areaRestrictionImposed() {
        return step("cases/area-restrictions", """
                {"kind":"STAY_IN_AREA","area":"GM0363","imposedOn":"2026-05-04","lastDay":"2026-07-27"}""");
    }

    /** Ends 12 weeks later, on 2026-06-03. */
    private static Step placedInVbl() {
        return step("cases/vbl-placements", """
                {"placedOn":"2026-03-11"}""");
    }

    private static Step detentionOrdered() {
        return step("cases/detentions", """
                {"basis":"ART_59","ground":"ART_59_1_A","orderedOn":"2026-03-01","maximumEndOn":"2026-08-31"}""");
    }

    private static Step noTravelDocumentObstacle() {
        return step("cases/obstacles", """
                {"type":"NO_TRAVEL_DOCUMENT","description":"no passport","registeredOn":"2026-03-12"}""");
    }

    private static Step deferralRequested() {
        return step("aliens/departure-deferral-requests", """
                {"ground":"UNFIT_TO_TRAVEL","requestedOn":"2026-03-01"}""");
    }

    /** Vc B8/4.1: an own attempt, identity and nationality established, and a failed laissez-passer request. */
    private static List<Step> buitenschuldConditions() {
        return List.of(
                step("cases/own-departure-attempts", """
                        {"missionApproached":"Embassy of Afghanistan","attemptedOn":"2026-02-01"}"""),
                step("aliens/identity-establishments", """
                        {"establishedOn":"2026-02-01"}"""),
                step("aliens/nationality-establishments", """
                        {"nationality":"AFG","establishedOn":"2026-02-01"}"""),
                laissezPasserRequested("2026-02-10"),
                step("cases/embassy-presentation-outcomes", """
                        {"outcome":"NON_STATEMENT","heldOn":"2026-03-10"}"""));
    }

    private static List<Step> concat(List<Step> first, Step then) {
        return Stream.concat(first.stream(), Stream.of(then)).toList();
    }

    static String key(Route route) {
        return prefix(route.aggregate()) + "/" + route.subResource();
    }

    private static String prefix(Aggregate aggregate) {
        return switch (aggregate) {
            case CASE -> "cases";
            case ALIEN -> "aliens";
        };
    }

    // ---- subjects ----

    private CommandSubject subject(Subject subject, Aggregate aggregate) {
        boolean withCase = aggregate == Aggregate.CASE;
        return switch (subject) {
            case SHARED -> {
                if (withCase) {
                    sharedCase = sharedCase != null ? sharedCase : CommandSubject.create(port, false, true);
                    yield sharedCase;
                }
                sharedPerson = sharedPerson != null ? sharedPerson : CommandSubject.create(port, false, false);
                yield sharedPerson;
            }
            case OWN -> CommandSubject.create(port, false, withCase);
            case OWN_FAMILY -> CommandSubject.create(port, true, withCase);
            case OWN_AMV -> CommandSubject.create(port, false, withCase, true);
        };
    }
}
