package nl.terugkeer.api;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import nl.terugkeer.api.CommandSubject.Step;
import nl.terugkeer.core.aliens.AlienRejection;
import nl.terugkeer.core.cases.CaseRejection;
import nl.terugkeer.core.shared.CommonRejection;
import nl.terugkeer.core.shared.RejectionCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.AnnotatedBeanDefinition;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.ClassUtils;

/**
 * Every refusal code reached over HTTP at least once: each constant of every {@link RejectionCode} enum of the
 * model, and each code the API itself writes into a problem detail. The scenarios are checked against the enums
 * and the API's sources, so a new code without a scenario fails here.
 */
@ReturnApiTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RefusalCoverageTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    /** Whom a scenario runs on. */
    enum Subject {
        /** The one person with an open case that all such scenarios share: a refusal records nothing. */
        SHARED,
        /** The one person without a case that the refused signals share. */
        SHARED_WITHOUT_CASE,
        /** A person and case of its own, for a scenario that records something first. */
        OWN,
        /** As OWN, for a person who travels with a minor child (born 2020-05-01). */
        OWN_FAMILY
    }

    @FunctionalInterface
    interface Given {
        void record(CommandSubject subject);
    }

    @FunctionalInterface
    interface When {
        Http.Response send(CommandSubject subject);
    }

    /** What is recorded first, the refused request, and the HTTP status it must be answered with. */
    record Refusal(Subject subject, Given given, When when, int status) {}

    // ---- building blocks of the scenarios ----

    private static final String ASSIGNMENT = "{\"caseManager\":\"rv-1\",\"assignedOn\":\"2026-03-01\"}";
    private static final String REOPENING = "{\"reason\":\"new facts\",\"reopenedOn\":\"2026-05-01\"}";
    private static final String VBL_PLACEMENT = "{\"placedOn\":\"2026-03-11\"}";
    private static final String BUITENSCHULD = "{\"establishedOn\":\"2026-05-01\"}";
    private static final String ADVICE = "{\"outcome\":\"POSITIVE\",\"issuedOn\":\"2026-05-10\"}";
    private static final String DEPARTURE = "{\"type\":\"INDEPENDENT\",\"departedOn\":\"2026-04-01\"}";
    private static final String REFLECTION = "{\"endsOn\":\"2026-05-01\",\"grantedOn\":\"2026-02-09\"}";
    private static final String REJECTION = """
            {"outcome":"REJECTED","departureTerm":{"days":28,"startsOn":"2026-06-01"},"decidedOn":"2026-06-01"}""";

    private static final Step LAISSEZ_PASSER_REQUESTED = step("cases/laissez-passer-requests", """
            {"country":"AFG","purpose":"RETURN","requestedOn":"2026-02-10"}""");
    private static final Step BASIC_OFFERED =
            step("cases/return-support-offers", "{\"kind\":\"BASIC\",\"offeredOn\":\"2026-03-07\"}");
    private static final Step REPORTING_IMPOSED =
            step("cases/reporting-obligations", "{\"frequency\":\"WEEKLY\",\"imposedOn\":\"2026-03-09\"}");
    private static final Step DETAINED = step("cases/detentions", """
            {"basis":"ART_59","ground":"ART_59_1_A","orderedOn":"2026-03-01","maximumEndOn":"2026-08-31"}""");
    private static final Step PROSPECT_RECORDED = step("cases/return-prospects", """
            {"expectedDepartureBy":"2026-05-01","recordedOn":"2026-03-10"}""");
    /** Ends 12 weeks later, on 2026-06-03. */
    private static final Step PLACED_IN_VBL = step("cases/vbl-placements", VBL_PLACEMENT);

    private static final Step NO_TRAVEL_DOCUMENT = step("cases/obstacles", """
            {"type":"NO_TRAVEL_DOCUMENT","description":"no passport","registeredOn":"2026-03-12"}""");
    private static final Step OWN_ATTEMPT = step("cases/own-departure-attempts", """
            {"missionApproached":"Embassy of Afghanistan","attemptedOn":"2026-02-01"}""");
    private static final Step IDENTITY_ESTABLISHED =
            step("aliens/identity-establishments", "{\"establishedOn\":\"2026-02-01\"}");
    private static final Step NATIONALITY_ESTABLISHED =
            step("aliens/nationality-establishments", "{\"nationality\":\"AFG\",\"establishedOn\":\"2026-02-01\"}");
    private static final Step ASYLUM_FILED =
            step("aliens/asylum-applications", "{\"kind\":\"FIRST\",\"filedOn\":\"2026-02-03\"}");
    private static final String RETURN_DECISION = """
            {"occasion":"OTHER","departureTerm":{"days":28,"startsOn":"2026-08-03"},"issuedOn":"2026-08-03"}""";
    private static final String REPRESENTATIVE =
            "{\"kind\":\"LAWYER\",\"representativeName\":\"mr. A. de Advocaat\",\"from\":\"2026-02-14\"}";
    /** Through 2026-07-27, 12 weeks later. */
    private static final String AREA_RESTRICTION = """
            {"kind":"STAY_IN_AREA","area":"GM0363","imposedOn":"2026-05-04","lastDay":"2026-07-27"}""";

    private static final Step DEFERRAL_REQUESTED = step(
            "aliens/departure-deferral-requests", "{\"ground\":\"UNFIT_TO_TRAVEL\",\"requestedOn\":\"2026-03-01\"}");

    /** One scenario per rejection code of the model. Facts are dated on or before 2026-11-28. */
    final Map<RejectionCode, Refusal> modelRefusals = Map.ofEntries(
            // ---- common ----
            entry(CommonRejection.INVALID_V_NUMBER, shared(register("\"vNumber\":\"12345\""), 400)),
            entry(
                    CommonRejection.INVALID_MUNICIPALITY_CODE,
                    refusedSignal("\"source\":\"MUNICIPALITY\",\"municipalityCode\":\"0363\"", 400)),
            entry(
                    CommonRejection.MISSING_REQUIRED_FIELD,
                    shared(onCase("case-manager-assignments", "{\"caseManager\":\"rv-1\"}"), 400)),
            entry(CommonRejection.INVALID_VALUE, shared(onCase("return-support-grants", """
                                    {"kind":"BASIC","adults":0,"minors":0,"amountInEuros":0,"cashInEuros":0,
                                     "grantedOn":"2026-03-08"}"""), 400)),
            entry(CommonRejection.DATE_IN_FUTURE, shared(onCase("case-manager-assignments", """
                            {"caseManager":"rv-1","assignedOn":"2099-01-01"}"""), 422)),
            entry(CommonRejection.DATES_OUT_OF_ORDER, shared(onCase("travel-documents", """
                            {"kind":"PASSPORT","validUntil":"2026-03-01","obtainedOn":"2026-03-06"}"""), 422)),
            // ---- case: signal, lifecycle ----
            entry(CaseRejection.MUNICIPALITY_SIGNAL_NEEDS_CODE, refusedSignal("\"source\":\"MUNICIPALITY\"", 422)),
            entry(
                    CaseRejection.ONLY_MUNICIPALITY_SIGNAL_HAS_CODE,
                    refusedSignal("\"source\":\"IND\",\"municipalityCode\":\"GM0363\"", 422)),
            entry(CaseRejection.ALIEN_HAS_OPEN_CASE, shared(signal("\"source\":\"IND\""), 422)),
            entry(CaseRejection.UNKNOWN_ALIEN, shared(s -> s.dtenv.post("/v1/cases", """
                                    {"alienId":"00000000-0000-4000-8000-000000000000","source":"IND",
                                     "signalledOn":"2026-11-01"}"""), 422)),
            entry(CaseRejection.CASE_CLOSED, own(closed(), onCase("case-manager-assignments", ASSIGNMENT), 422)),
            entry(CaseRejection.CASE_NOT_CLOSED, shared(onCase("reopenings", REOPENING), 422)),
            entry(CaseRejection.DATE_BEFORE_SIGNAL, shared(onCase("case-manager-assignments", """
                            {"caseManager":"rv-1","assignedOn":"2026-01-09"}"""), 422)),
            // ---- case: documents ----
            entry(CaseRejection.INVALID_COUNTRY_CODE, shared(onCase("laissez-passer-requests", """
                            {"country":"Afghanistan","purpose":"RETURN","requestedOn":"2026-03-05"}"""), 400)),
            entry(
                    CaseRejection.PRESENTATION_NEEDS_LAISSEZ_PASSER_REQUEST,
                    shared(onCase("embassy-presentations", """
                            {"form":"IN_PERSON","presentationOn":"2026-04-01","scheduledOn":"2026-03-10"}"""), 422)),
            entry(
                    CaseRejection.NO_RESPONSE_BEFORE_12_MONTHS,
                    own(steps(LAISSEZ_PASSER_REQUESTED), onCase("embassy-presentation-outcomes", """
                                    {"outcome":"NO_RESPONSE_AFTER_12_MONTHS","heldOn":"2026-10-01"}"""), 422)),
            // ---- case: return support ----
            entry(CaseRejection.SUPPORT_NOT_OFFERED, shared(onCase("return-support-grants", grant(1, 200, 200)), 422)),
            entry(
                    CaseRejection.SUPPORT_WHILE_APPLICATION_PENDING,
                    own(steps(BASIC_OFFERED, ASYLUM_FILED), onCase("return-support-grants", grant(1, 200, 200)), 422)),
            entry(
                    CaseRejection.REINTEGRATION_ABOVE_MAXIMUM,
                    own(steps(step("cases/return-support-offers", """
                                    {"kind":"REINTEGRATION","offeredOn":"2026-03-07"}""")), onCase("return-support-grants", """
                                    {"kind":"REINTEGRATION","adults":1,"minors":0,"amountInEuros":1801,"cashInEuros":0,
                                     "grantedOn":"2026-03-08"}"""), 422)),
            entry(
                    CaseRejection.BASIC_SUPPORT_ABOVE_MAXIMUM,
                    own(steps(BASIC_OFFERED), onCase("return-support-grants", grant(1, 201, 0)), 422)),
            entry(
                    CaseRejection.CASH_ABOVE_MAXIMUM,
                    own(steps(BASIC_OFFERED), onCase("return-support-grants", grant(1, 200, 201)), 422)),
            // ---- case: reporting obligation ----
            entry(
                    CaseRejection.REPORTING_OBLIGATION_ALREADY_ACTIVE,
                    own(steps(REPORTING_IMPOSED), onCase("reporting-obligations", REPORTING_IMPOSED.body()), 422)),
            entry(
                    CaseRejection.NO_REPORTING_OBLIGATION,
                    shared(onCase("check-ins", "{\"checkedInOn\":\"2026-03-16\"}"), 422)),
            entry(
                    CaseRejection.REPORTING_WHILE_DETAINED,
                    own(steps(DETAINED), onCase("reporting-obligations", REPORTING_IMPOSED.body()), 422)),
            entry(
                    CaseRejection.CHECK_IN_OUT_OF_ORDER,
                    own(steps(REPORTING_IMPOSED), onCase("check-ins", "{\"checkedInOn\":\"2026-03-08\"}"), 422)),
            // ---- case: VBL and family location ----
            entry(CaseRejection.VBL_NEEDS_RETURN_PROSPECT, shared(onCase("vbl-placements", VBL_PLACEMENT), 422)),
            // ---- case: area restriction ----
            entry(
                    CaseRejection.AREA_RESTRICTION_ALREADY_IN_FORCE,
                    own(
                            steps(step("cases/area-restrictions", AREA_RESTRICTION)),
                            onCase("area-restrictions", AREA_RESTRICTION),
                            422)),
            entry(CaseRejection.NO_AREA_RESTRICTION_IN_FORCE, shared(onCase("area-restriction-lifts", """
                            {"reason":"OTHER","liftedOn":"2026-06-01"}"""), 422)),
            entry(CaseRejection.AREA_RESTRICTION_TOO_LONG, shared(onCase("area-restrictions", """
                            {"kind":"STAY_IN_AREA","area":"GM0363","imposedOn":"2026-05-04","lastDay":"2026-07-28"}"""), 422)),
            entry(
                    CaseRejection.AREA_RESTRICTION_EXTENSION_NOT_LATER,
                    own(
                            steps(step("cases/area-restrictions", AREA_RESTRICTION)),
                            onCase(
                                    "area-restriction-extensions",
                                    "{\"lastDay\":\"2026-07-27\",\"decidedOn\":\"2026-06-01\"}"),
                            422)),
            entry(
                    CaseRejection.VBL_NOT_FOR_FAMILIES,
                    new Refusal(
                            Subject.OWN_FAMILY,
                            steps(PROSPECT_RECORDED),
                            onCase("vbl-placements", VBL_PLACEMENT),
                            422)),
            entry(
                    CaseRejection.PLACEMENT_WHILE_DETAINED,
                    own(steps(DETAINED), onCase("vbl-placements", VBL_PLACEMENT), 422)),
            entry(
                    CaseRejection.ALREADY_PLACED,
                    own(steps(PROSPECT_RECORDED, PLACED_IN_VBL), onCase("vbl-placements", VBL_PLACEMENT), 422)),
            entry(
                    CaseRejection.NOT_IN_VBL,
                    shared(
                            onCase(
                                    "vbl-extensions",
                                    "{\"extendedUntil\":\"2026-08-01\",\"extendedOn\":\"2026-05-20\"}"),
                            422)),
            entry(CaseRejection.NOT_PLACED, shared(onCase("placement-ends", "{\"endedOn\":\"2026-04-01\"}"), 422)),
            entry(
                    CaseRejection.VBL_EXTENSION_TOO_LONG,
                    own(
                            steps(PROSPECT_RECORDED, PLACED_IN_VBL),
                            // the stay ends 2026-06-03; an extension reaches at most 12 weeks further, 2026-08-26
                            onCase(
                                    "vbl-extensions",
                                    "{\"extendedUntil\":\"2026-08-27\",\"extendedOn\":\"2026-05-20\"}"),
                            422)),
            entry(
                    CaseRejection.FAMILY_LOCATION_NEEDS_MINOR_CHILDREN,
                    shared(onCase("family-location-placements", VBL_PLACEMENT), 422)),
            // ---- case: detention ----
            entry(CaseRejection.ALREADY_DETAINED, own(steps(DETAINED), onCase("detentions", DETAINED.body()), 422)),
            entry(CaseRejection.NOT_DETAINED, shared(onCase("detention-lifts", "{\"liftedOn\":\"2026-04-01\"}"), 422)),
            entry(
                    CaseRejection.DETENTION_TOO_LONG,
                    // art. 59(1)(a): 6 months counting the order date as day 1, through 2026-08-31
                    shared(onCase("detentions", """
                            {"basis":"ART_59","ground":"ART_59_1_A","orderedOn":"2026-03-01","maximumEndOn":"2026-09-01"}"""), 422)),
            entry(
                    CaseRejection.DETENTION_EXTENSION_NEEDS_REASON,
                    own(steps(DETAINED), onCase("detention-extensions", """
                            {"extendedUntil":"2027-02-28","extendedOn":"2026-08-20"}"""), 422)),
            entry(
                    CaseRejection.DETENTION_EXTENSION_TOO_LONG,
                    // art. 59: 12 more months after the first term, through 2027-08-31
                    own(steps(DETAINED), onCase("detention-extensions", """
                            {"reason":"NON_COOPERATION","extendedUntil":"2027-09-01","extendedOn":"2026-08-20"}"""), 422)),
            entry(CaseRejection.DETENTION_GROUND_NOT_OF_BASIS, shared(onCase("detentions", """
                            {"basis":"ART_59","ground":"ART_59B_1_D","orderedOn":"2026-03-01","maximumEndOn":"2026-04-01"}"""), 400)),
            entry(CaseRejection.DETENTION_ARTICLE_39_NOT_FOR_GROUND, shared(onCase("detentions", """
                            {"basis":"ART_59","ground":"ART_59_1_A","article39Applies":true,"orderedOn":"2026-03-01",
                             "maximumEndOn":"2026-04-01"}"""), 400)),
            entry(
                    CaseRejection.DETENTION_EXTENSION_REASON_NOT_FOR_GROUND,
                    own(steps(DETAINED), onCase("detention-extensions", """
                            {"reason":"AWAITING_APPEAL","extendedUntil":"2027-02-28","extendedOn":"2026-08-20"}"""), 422)),
            entry(
                    CaseRejection.DETENTION_PAST_MAXIMUM_END,
                    own(steps(DETAINED), onCase("detention-extensions", """
                            {"reason":"NON_COOPERATION","extendedUntil":"2027-02-28","extendedOn":"2026-09-01"}"""), 422)),
            // ---- case: obstacles, escalation, reviews, IND ----
            entry(
                    CaseRejection.OBSTACLE_ALREADY_OPEN,
                    own(steps(NO_TRAVEL_DOCUMENT), onCase("obstacles", NO_TRAVEL_DOCUMENT.body()), 422)),
            entry(CaseRejection.OBSTACLE_NOT_OPEN, shared(onCase("obstacle-resolutions", """
                            {"type":"NO_TRAVEL_DOCUMENT","resolution":"passport issued","resolvedOn":"2026-04-01"}"""), 422)),
            entry(CaseRejection.ESCALATION_NEEDS_DOMAIN, shared(onCase("escalations", """
                            {"domains":[],"reason":"no progress","escalatedOn":"2026-04-01"}"""), 400)),
            entry(CaseRejection.ESCALATION_NEEDS_OPEN_OBSTACLE, shared(onCase("escalations", """
                            {"domains":["CARE"],"reason":"no progress","escalatedOn":"2026-04-01"}"""), 422)),
            entry(CaseRejection.REVIEW_NEEDS_PARTICIPANTS, shared(onCase("case-reviews", """
                            {"participants":[],"outcome":"continue","heldOn":"2026-03-13"}"""), 400)),
            entry(CaseRejection.UNKNOWN_IND_REQUEST, shared(onCase("ind-answers", """
                            {"requestSequence":1,"answer":"no procedure pending","receivedOn":"2026-04-01"}"""), 422)),
            // ---- case: mediation, buitenschuld, ambtsadvies ----
            entry(
                    CaseRejection.MEDIATION_WHILE_APPLICATION_PENDING,
                    own(steps(ASYLUM_FILED), onCase("mediation-requests", "{\"requestedOn\":\"2026-03-15\"}"), 422)),
            entry(
                    CaseRejection.BUITENSCHULD_NEEDS_OWN_ATTEMPT,
                    shared(onCase("buitenschuld-establishments", BUITENSCHULD), 422)),
            entry(
                    CaseRejection.BUITENSCHULD_NEEDS_IDENTITY_AND_NATIONALITY,
                    own(steps(OWN_ATTEMPT), onCase("buitenschuld-establishments", BUITENSCHULD), 422)),
            entry(
                    CaseRejection.BUITENSCHULD_NEEDS_FAILED_DOCUMENT_REQUEST,
                    // "insufficient information" is not a failed request
                    own(
                            steps(
                                    OWN_ATTEMPT,
                                    IDENTITY_ESTABLISHED,
                                    NATIONALITY_ESTABLISHED,
                                    LAISSEZ_PASSER_REQUESTED,
                                    step("cases/embassy-presentation-outcomes", """
                                            {"outcome":"INSUFFICIENT_INFORMATION","heldOn":"2026-03-10"}""")),
                            onCase("buitenschuld-establishments", BUITENSCHULD),
                            422)),
            entry(
                    CaseRejection.BUITENSCHULD_TRAVEL_DOCUMENT_OBTAINED,
                    own(
                            buitenschuldConditionsAnd(step("cases/travel-documents", """
                                    {"kind":"PASSPORT","validUntil":"2030-01-01","obtainedOn":"2026-04-01"}""")),
                            onCase("buitenschuld-establishments", BUITENSCHULD),
                            422)),
            entry(
                    CaseRejection.BUITENSCHULD_EXCLUDED_RETURN_STATEMENT_REFUSED,
                    own(
                            buitenschuldConditionsAnd(step("cases/return-statements", """
                                    {"signed":false,"recordedOn":"2026-04-01"}""")),
                            onCase("buitenschuld-establishments", BUITENSCHULD),
                            422)),
            entry(
                    CaseRejection.BUITENSCHULD_EXCLUDED_MISSED_PRESENTATION,
                    own(
                            buitenschuldConditionsAnd(step("cases/buitenschuld-exclusions", """
                                    {"exclusion":"MISSED_PRESENTATION_WITHOUT_REASON","recordedOn":"2026-04-01"}""")),
                            onCase("buitenschuld-establishments", BUITENSCHULD),
                            422)),
            entry(
                    CaseRejection.BUITENSCHULD_EXCLUDED_NOT_WILLING_TO_RETURN,
                    own(
                            buitenschuldConditionsAnd(step("cases/buitenschuld-exclusions", """
                                    {"exclusion":"STATED_NOT_WILLING_TO_RETURN","recordedOn":"2026-04-01"}""")),
                            onCase("buitenschuld-establishments", BUITENSCHULD),
                            422)),
            entry(
                    CaseRejection.BUITENSCHULD_MEDICAL_NEEDS_BMA_ADVICE,
                    own(
                            steps(IDENTITY_ESTABLISHED, NATIONALITY_ESTABLISHED),
                            onCase("buitenschuld-establishments", """
                                    {"establishedOn":"2026-05-01","route":"MEDICAL"}"""),
                            422)),
            entry(
                    CaseRejection.BUITENSCHULD_MINOR_FIRST_APPLICATION_NOT_BEFORE_15,
                    own(
                            buitenschuldConditionsAnd(step("cases/minor-buitenschuld-facts", """
                                    {"bornOn":"2010-05-01","firstApplicationOn":"2025-05-01",
                                     "adequateReceptionInCountryOfOrigin":false,"recordedOn":"2026-04-01"}""")),
                            onCase("buitenschuld-establishments", """
                                    {"establishedOn":"2026-05-01","route":"UNACCOMPANIED_MINOR"}"""),
                            422)),
            entry(
                    CaseRejection.BUITENSCHULD_MINOR_ADEQUATE_RECEPTION_AVAILABLE,
                    own(
                            buitenschuldConditionsAnd(step("cases/minor-buitenschuld-facts", """
                                    {"bornOn":"2010-05-01","firstApplicationOn":"2025-04-30",
                                     "adequateReceptionInCountryOfOrigin":true,"recordedOn":"2026-04-01"}""")),
                            onCase("buitenschuld-establishments", """
                                    {"establishedOn":"2026-05-01","route":"UNACCOMPANIED_MINOR"}"""),
                            422)),
            entry(
                    CaseRejection.BUITENSCHULD_FAMILY_BOND_NOT_BEFORE_ENTRY,
                    own(
                            buitenschuldConditionsAnd(step("cases/family-bonds", """
                                    {"bondSince":"2024-01-15","enteredOn":"2024-01-15","countries":["AFG"],
                                     "recordedOn":"2026-04-01"}""")),
                            onCase("buitenschuld-establishments", """
                                    {"establishedOn":"2026-05-01","route":"FAMILY"}"""),
                            422)),
            entry(
                    CaseRejection.BUITENSCHULD_FAMILY_NOT_EVERY_COUNTRY_TRIED,
                    own(
                            buitenschuldConditionsAnd(step("cases/family-bonds", """
                                    {"bondSince":"2018-03-01","enteredOn":"2024-01-15","countries":["AFG","IRN"],
                                     "recordedOn":"2026-04-01"}""")),
                            onCase("buitenschuld-establishments", """
                                    {"establishedOn":"2026-05-01","route":"FAMILY"}"""),
                            422)),
            entry(
                    CaseRejection.BUITENSCHULD_WHILE_NOT_COOPERATING,
                    own(
                            buitenschuldConditionsAnd(step("cases/obstacles", """
                                    {"type":"NON_COOPERATION_ALIEN","description":"refuses","registeredOn":"2026-04-01"}""")),
                            onCase("buitenschuld-establishments", BUITENSCHULD),
                            422)),
            entry(
                    CaseRejection.BUITENSCHULD_WHILE_APPLICATION_PENDING,
                    own(
                            buitenschuldConditionsAnd(step("aliens/regular-applications", """
                                    {"purpose":"medical treatment","filedOn":"2026-04-01"}""")),
                            onCase("buitenschuld-establishments", BUITENSCHULD),
                            422)),
            entry(
                    CaseRejection.BUITENSCHULD_ALREADY_ESTABLISHED,
                    own(
                            buitenschuldConditionsAnd(step("cases/buitenschuld-establishments", BUITENSCHULD)),
                            onCase("buitenschuld-establishments", BUITENSCHULD),
                            422)),
            entry(CaseRejection.NO_FAULT_ADVICE_NEEDS_BUITENSCHULD, shared(onCase("no-fault-advices", ADVICE), 422)),
            entry(
                    CaseRejection.NO_FAULT_ADVICE_ALREADY_ISSUED,
                    own(
                            buitenschuldConditionsAnd(
                                    step("cases/buitenschuld-establishments", BUITENSCHULD),
                                    step("cases/no-fault-advices", ADVICE)),
                            onCase("no-fault-advices", ADVICE),
                            422)),
            // ---- case: departure, closing, corrections ----
            entry(
                    CaseRejection.ALREADY_DEPARTED,
                    own(steps(step("cases/departures", DEPARTURE)), onCase("departures", DEPARTURE), 422)),
            entry(
                    CaseRejection.FORCED_DEPARTURE_NEEDS_TRAVEL_DOCUMENT,
                    shared(onCase("departures", "{\"type\":\"FORCED\",\"departedOn\":\"2026-04-01\"}"), 422)),
            entry(
                    CaseRejection.CLOSE_REASON_NEEDS_DEPARTURE,
                    shared(onCase("closures", "{\"reason\":\"DEPARTED\",\"closedOn\":\"2026-04-01\"}"), 422)),
            entry(CaseRejection.UNKNOWN_ENTRY, shared(onCase("corrections", correction(99)), 422)),
            entry(CaseRejection.CANNOT_CORRECT_CREATION, shared(onCase("corrections", correction(0)), 422)),
            entry(
                    CaseRejection.CANNOT_CORRECT_CORRECTION,
                    // entry 1 is the assignment, entry 2 its correction
                    own(
                            steps(
                                    step("cases/case-manager-assignments", ASSIGNMENT),
                                    step("cases/corrections", correction(1))),
                            onCase("corrections", correction(2)),
                            422)),
            entry(
                    CaseRejection.CANNOT_CORRECT_DERIVED_ENTRY,
                    // entries: 1 the obligation, 2 and 3 two misses in a row, 4 the mark they derive
                    own(
                            steps(
                                    REPORTING_IMPOSED,
                                    step("cases/missed-check-ins", "{\"missedOn\":\"2026-03-16\"}"),
                                    step("cases/missed-check-ins", "{\"missedOn\":\"2026-03-23\"}")),
                            onCase("corrections", correction(4)),
                            422)),
            entry(
                    CaseRejection.ENTRY_ALREADY_CORRECTED,
                    own(
                            steps(
                                    step("cases/case-manager-assignments", ASSIGNMENT),
                                    step("cases/corrections", correction(1))),
                            onCase("corrections", correction(1)),
                            422)),
            // ---- person: registration, identity, nationality ----
            entry(AlienRejection.INVALID_NATIONALITY, shared(register("\"claimedNationality\":\"afg\""), 400)),
            entry(
                    AlienRejection.DATE_OF_BIRTH_AFTER_REGISTRATION,
                    shared(register("\"dateOfBirth\":\"2026-01-06\""), 422)),
            entry(
                    AlienRejection.IDENTITY_ALREADY_ESTABLISHED,
                    own(
                            steps(IDENTITY_ESTABLISHED),
                            onPerson("identity-establishments", IDENTITY_ESTABLISHED.body()),
                            422)),
            entry(
                    AlienRejection.NATIONALITY_ALREADY_ESTABLISHED,
                    own(
                            steps(step("aliens/statelessness-establishments", "{\"establishedOn\":\"2026-02-01\"}")),
                            onPerson("nationality-establishments", NATIONALITY_ESTABLISHED.body()),
                            422)),
            // ---- person: applications and decisions ----
            entry(
                    AlienRejection.ASYLUM_APPLICATION_ALREADY_PENDING,
                    own(steps(ASYLUM_FILED), onPerson("asylum-applications", """
                            {"kind":"REPEATED","filedOn":"2026-03-01"}"""), 422)),
            entry(
                    AlienRejection.ASYLUM_APPLICATION_NOT_FIRST,
                    own(
                            steps(ASYLUM_FILED, step("aliens/asylum-decisions", REJECTION)),
                            onPerson("asylum-applications", """
                                    {"kind":"FIRST","filedOn":"2026-07-01"}"""),
                            422)),
            entry(AlienRejection.NO_PENDING_ASYLUM_APPLICATION, shared(onPerson("asylum-decisions", REJECTION), 422)),
            entry(AlienRejection.NO_PENDING_REGULAR_APPLICATION, shared(onPerson("regular-decisions", """
                            {"applicationSequence":1,"outcome":"REJECTED","decidedOn":"2026-04-01"}"""), 422)),
            entry(AlienRejection.REJECTION_NEEDS_DEPARTURE_TERM, shared(onPerson("asylum-decisions", """
                            {"outcome":"REJECTED","decidedOn":"2026-06-01"}"""), 400)),
            entry(AlienRejection.GRANT_HAS_NO_DEPARTURE_TERM, shared(onPerson("asylum-decisions", """
                            {"outcome":"GRANTED","departureTerm":{"days":28,"startsOn":"2026-06-01"},
                             "decidedOn":"2026-06-01"}"""), 400)),
            entry(
                    AlienRejection.INVALID_DEPARTURE_TERM,
                    own(steps(ASYLUM_FILED), onPerson("asylum-decisions", """
                            {"outcome":"REJECTED","departureTerm":{"days":14,"startsOn":"2026-06-01"},
                             "decidedOn":"2026-06-01"}"""), 422)),
            entry(
                    AlienRejection.DEPARTURE_TERM_BEFORE_DECISION,
                    own(steps(ASYLUM_FILED), onPerson("asylum-decisions", """
                            {"outcome":"REJECTED","departureTerm":{"days":28,"startsOn":"2026-05-31"},
                             "decidedOn":"2026-06-01"}"""), 422)),
            // ---- person: art. 64 deferral of departure ----
            entry(
                    AlienRejection.DEFERRAL_ALREADY_REQUESTED,
                    own(
                            steps(DEFERRAL_REQUESTED),
                            onPerson("departure-deferral-requests", DEFERRAL_REQUESTED.body()),
                            422)),
            entry(AlienRejection.DEFERRAL_NEEDS_REQUEST, shared(onPerson("departure-deferral-grants", """
                            {"validUntil":"2026-09-30","grantedOn":"2026-03-10"}"""), 422)),
            entry(
                    AlienRejection.PROVISIONAL_DEFERRAL_TOO_LONG,
                    // at most 3 months: to 2026-06-02
                    own(steps(DEFERRAL_REQUESTED), onPerson("provisional-deferrals", """
                            {"validUntil":"2026-06-03","appliedOn":"2026-03-02"}"""), 422)),
            entry(
                    AlienRejection.DEFERRAL_TOO_LONG,
                    // at most 1 year: to 2027-03-10
                    own(steps(DEFERRAL_REQUESTED), onPerson("departure-deferral-grants", """
                            {"validUntil":"2027-03-11","grantedOn":"2026-03-10"}"""), 422)),
            entry(
                    AlienRejection.NO_DEFERRAL_IN_FORCE,
                    shared(onPerson("departure-deferral-ends", "{\"endedOn\":\"2026-06-01\"}"), 422)),
            // ---- person: permits, entry ban, reflection period ----
            entry(AlienRejection.INVALID_PERMIT_VALIDITY, shared(onPerson("residence-permits", """
                            {"kind":"REGULAR","validFrom":"2026-02-06","validUntil":"2026-02-06","grantedOn":"2026-02-06"}"""), 422)),
            entry(AlienRejection.BUITENSCHULD_PERMIT_NOT_ONE_YEAR, shared(onPerson("residence-permits", """
                            {"kind":"BUITENSCHULD","validFrom":"2026-02-06","validUntil":"2027-02-06",
                             "grantedOn":"2026-02-06"}"""), 422)),
            // ---- person: family changes ----
            entry(
                    AlienRejection.FAMILY_MEMBER_BORN_AFTER_JOINING,
                    shared(onPerson("family-member-joinings", """
                            {"relationship":"CHILD","dateOfBirth":"2026-03-01","kind":"JOINED","joinedOn":"2026-02-10"}"""), 422)),
            entry(AlienRejection.BIRTH_IS_OF_A_CHILD, shared(onPerson("family-member-joinings", """
                            {"relationship":"PARTNER","dateOfBirth":"2026-02-10","kind":"BORN","joinedOn":"2026-02-10"}"""), 400)),
            entry(AlienRejection.FAMILY_MEMBER_UNKNOWN, shared(onPerson("family-member-leavings", """
                            {"memberSequence":0,"memberPosition":5,"reason":"MOVED_OUT","leftOn":"2026-03-01"}"""), 422)),
            entry(
                    AlienRejection.FAMILY_MEMBER_NOT_PRESENT,
                    // the child joins on 10 February and cannot leave the day before
                    own(
                            steps(step("aliens/family-member-joinings", """
                                    {"relationship":"CHILD","dateOfBirth":"2012-05-05","kind":"JOINED","joinedOn":"2026-02-10"}""")),
                            onPerson("family-member-leavings", """
                                    {"memberSequence":1,"memberPosition":1,"reason":"MOVED_OUT","leftOn":"2026-02-09"}"""),
                            422)),
            entry(
                    AlienRejection.ENTRY_BAN_LENGTH_NOT_ALLOWED,
                    shared(onPerson("entry-bans", "{\"durationInYears\":4,\"imposedOn\":\"2026-02-08\"}"), 422)),
            entry(
                    AlienRejection.REFLECTION_PERIOD_TOO_LONG,
                    // at most 3 months: to 2026-05-09
                    shared(
                            onPerson("reflection-periods", "{\"endsOn\":\"2026-05-10\",\"grantedOn\":\"2026-02-09\"}"),
                            422)),
            entry(
                    AlienRejection.REFLECTION_PERIOD_ALREADY_GRANTED,
                    own(
                            steps(step("aliens/reflection-periods", REFLECTION)),
                            onPerson("reflection-periods", REFLECTION),
                            422)),
            // ---- person: corrections ----
            entry(AlienRejection.UNKNOWN_ENTRY, shared(onPerson("corrections", correction(99)), 422)),
            entry(AlienRejection.CANNOT_CORRECT_CREATION, shared(onPerson("corrections", correction(0)), 422)),
            entry(
                    AlienRejection.CANNOT_CORRECT_CORRECTION,
                    // entry 1 is the establishment, entry 2 its correction
                    own(
                            steps(IDENTITY_ESTABLISHED, step("aliens/corrections", correction(1))),
                            onPerson("corrections", correction(2)),
                            422)),
            entry(
                    AlienRejection.ENTRY_ALREADY_CORRECTED,
                    own(
                            steps(IDENTITY_ESTABLISHED, step("aliens/corrections", correction(1))),
                            onPerson("corrections", correction(1)),
                            422)),
            entry(AlienRejection.NOT_AN_UNACCOMPANIED_MINOR, shared(onPerson("amv-follow-up-care", """
                            {"startedOn":"2026-07-01"}"""), 422)),
            // ---- person: interim relief ----
            entry(
                    AlienRejection.NO_ASYLUM_REJECTION,
                    own(steps(ASYLUM_FILED), onPerson("interim-relief-requests", """
                            {"requestedOn":"2026-06-05"}"""), 422)),
            // ---- person: return decision outside asylum, departure term, representative ----
            entry(
                    AlienRejection.RETURN_DECISION_DURING_ASYLUM_APPLICATION,
                    own(steps(ASYLUM_FILED), onPerson("return-decisions", RETURN_DECISION), 422)),
            entry(AlienRejection.DEPARTURE_TERM_TOO_LONG, shared(onPerson("return-decisions", """
                            {"occasion":"OTHER","departureTerm":{"days":29,"startsOn":"2026-08-03"},"issuedOn":"2026-08-03"}"""), 422)),
            entry(AlienRejection.NO_DEPARTURE_TERM, shared(onPerson("departure-term-extensions", """
                            {"lastDay":"2026-09-28","decidedOn":"2026-08-25"}"""), 422)),
            entry(
                    AlienRejection.EXTENSION_NOT_LATER,
                    own(
                            steps(step("aliens/return-decisions", RETURN_DECISION)),
                            onPerson(
                                    "departure-term-extensions",
                                    "{\"lastDay\":\"2026-08-31\",\"decidedOn\":\"2026-08-25\"}"),
                            422)),
            entry(
                    AlienRejection.DEPARTURE_TERM_ALREADY_ENDED,
                    own(
                            steps(step("aliens/return-decisions", RETURN_DECISION)),
                            onPerson(
                                    "departure-term-extensions",
                                    "{\"lastDay\":\"2026-09-28\",\"decidedOn\":\"2026-09-01\"}"),
                            422)),
            entry(
                    AlienRejection.REPRESENTATIVE_ALREADY_AUTHORISED,
                    own(
                            steps(step("aliens/representatives", REPRESENTATIVE)),
                            onPerson("representatives", REPRESENTATIVE),
                            422)),
            entry(
                    AlienRejection.NO_REPRESENTATIVE,
                    shared(onPerson("representation-ends", "{\"endedOn\":\"2026-03-01\"}"), 422)),
            entry(
                    AlienRejection.INTERIM_RELIEF_ALREADY_PENDING,
                    own(
                            steps(
                                    ASYLUM_FILED,
                                    step("aliens/asylum-decisions", REJECTION),
                                    step("aliens/interim-relief-requests", "{\"requestedOn\":\"2026-06-05\"}")),
                            onPerson("interim-relief-requests", "{\"requestedOn\":\"2026-06-06\"}"),
                            422)),
            entry(AlienRejection.NO_PENDING_INTERIM_RELIEF, shared(onPerson("interim-relief-decisions", """
                            {"outcome":"GRANTED","decidedOn":"2026-06-20"}"""), 422)),
            entry(
                    AlienRejection.ENTRY_RELIED_ON,
                    // entry 1 is the application, entry 2 the decision on it
                    own(
                            steps(ASYLUM_FILED, step("aliens/asylum-decisions", REJECTION)),
                            onPerson("corrections", correction(1)),
                            422)));

    /** One scenario per code that the API itself (not the model) writes into a problem detail. */
    final Map<String, Refusal> apiRefusals = Map.ofEntries(
            entry(
                    "UNAUTHENTICATED",
                    shared(s -> Http.anonymous(port).post(s.path("cases/case-manager-assignments"), ASSIGNMENT), 401)),
            entry("FORBIDDEN", shared(s -> s.ind.post(s.path("cases/case-manager-assignments"), ASSIGNMENT), 403)),
            entry("NOT_FOUND", shared(onCase("no-such-things", ASSIGNMENT), 404)),
            entry("MALFORMED_BODY", shared(onCase("case-manager-assignments", """
                            {"caseManager":"rv-1","assignedOn":"2026-03-01","sauce":"x"}"""), 400)),
            entry("INVALID_QUERY", shared(s -> s.dtenv.get(s.path("cases/closures") + "?page=0"), 400)),
            entry(
                    "INVALID_ACTOR",
                    shared(
                            s -> Http.asDtenv(port)
                                    .header("X-Correlation-Id", "not a safe id")
                                    .post(s.path("cases/case-manager-assignments"), ASSIGNMENT),
                            400)),
            entry(
                    "STALE_VERSION",
                    shared(
                            s -> Http.asDtenv(port)
                                    .header("If-Match", "\"99\"")
                                    .post(s.path("cases/case-manager-assignments"), ASSIGNMENT),
                            412)),
            entry(
                    "INVALID_IDEMPOTENCY_KEY",
                    shared(
                            s -> Http.asDtenv(port)
                                    .header("Idempotency-Key", "k".repeat(256))
                                    .post(s.path("cases/case-manager-assignments"), ASSIGNMENT),
                            400)),
            entry(
                    "BODY_TOO_LARGE",
                    shared(
                            // just over the 256 KiB limit, refused on its Content-Length
                            s -> s.dtenv.post(
                                    s.path("cases/case-manager-assignments"),
                                    "{\"caseManager\":\"" + "x".repeat(256 * 1024) + "\"}"),
                            413)),
            entry(
                    "IDEMPOTENCY_KEY_REUSED",
                    new Refusal(
                            Subject.OWN,
                            s -> assertThat(withKey("reused-" + s.caseId)
                                            .post(s.path("cases/case-manager-assignments"), ASSIGNMENT)
                                            .status())
                                    .isEqualTo(201),
                            s -> withKey("reused-" + s.caseId).post(s.path("cases/case-manager-assignments"), """
                                            {"caseManager":"rv-2","assignedOn":"2026-03-01"}"""),
                            422)),
            entry(
                    "IDEMPOTENT_REQUEST_IN_PROGRESS",
                    // a first request with this key is still being handled: its claim is in the store, not completed
                    new Refusal(
                            Subject.SHARED,
                            s -> jdbc.sql("""
                                            INSERT INTO api.idempotent_request (user_id, idempotency_key, request_hash)
                                            VALUES ('u-dtenv-1', :key, :hash)""")
                                    .param("key", "in-progress-" + s.caseId)
                                    .param(
                                            "hash",
                                            requestHash("POST", s.path("cases/case-manager-assignments"), ASSIGNMENT))
                                    .update(),
                            s -> withKey("in-progress-" + s.caseId)
                                    .post(s.path("cases/case-manager-assignments"), ASSIGNMENT),
                            409)),
            entry("METHOD_NOT_ALLOWED", shared(s -> Http.asDtenv(port).send("QUERY", "/v1/cases/_zoek"), 405)),
            entry("MALFORMED_REQUEST", shared(s -> Http.asDtenv(port).get("/v1/cases/a;b"), 400)),
            entry(
                    "V_NUMBER_ALREADY_REGISTERED",
                    // a V-number of its own per scenario run, registered first, then once more (issue 9)
                    new Refusal(
                            Subject.SHARED,
                            s -> assertThat(s.dtenv
                                            .post("/v1/aliens", registrationWithVNumber(s))
                                            .status())
                                    .isEqualTo(201),
                            s -> s.dtenv.post("/v1/aliens", registrationWithVNumber(s)),
                            409)),
            entry(
                    "INVALID_TOKEN_REQUEST",
                    shared(s -> Http.anonymous(port).post("/dev/tokens", "{\"sub\":\"u-1\",\"role\":\"KING\"}"), 400)));

    /** A valid registration whose V-number is derived from the subject, so a second one repeats it. */
    private static String registrationWithVNumber(CommandSubject s) {
        String vNumber = String.valueOf(1_000_000_000L + Math.floorMod((long) s.caseId.hashCode(), 8_999_999_999L));
        return """
                {"vNumber":"%s","givenNames":"Test","surname":"Dubbel","dateOfBirth":"1990-01-01",
                 "claimedNationality":"AFG","unaccompaniedMinor":false,"familyMembers":[],"registeredOn":"2026-01-05"}""".formatted(vNumber);
    }

    /** API codes that no HTTP request can reach in a single-node test, each with the reason and where it is tested. */
    static final Map<String, String> API_CODES_NOT_REACHED_OVER_HTTP = Map.of(
            "CONCURRENT_MODIFICATION",
            "needs two appends racing on one aggregate; on one node IfMatchGuard's lock serialises them. The conflict"
                    + " exceptions it maps are raised in ConcurrentAppendTest (storage and command gateway), not over HTTP",
            "PROJECTION_CLAIMED_ELSEWHERE",
            "needs another application instance holding a projection's segments; a single test node holds them all",
            "ACCESS_LOG_UNAVAILABLE",
            "needs the access-log table to refuse an insert; AccessLogTest makes it refuse one user's records with a"
                    + " test-only check constraint and asserts the 503 for commands, reads and searches",
            "DATABASE_UNAVAILABLE",
            "needs the database gone; DatabaseOutageTest asserts the 503 with Retry-After on the filter, and"
                    + " bench/faults.sh pg-restart over HTTP (issue 14)",
            "IDEMPOTENT_REQUEST_RECORDED",
            "needs the database gone between a command's commit and its stored answer; IdempotencyAfterCommitTest"
                    + " takes the stored answer away by hand and asserts the 409 over HTTP");

    /** Where the API writes a literal code into a problem detail: a property, a JSON literal, or a problem writer. */
    private static final List<Pattern> API_CODE_SITES = List.of(
            Pattern.compile("setProperty\\(\"code\",\\s*\"([A-Z][A-Z_]+)\"\\)"),
            // Problems.of(status, title, code, detail): the third argument
            Pattern.compile("\\bof\\(\\s*[\\w.]+,\\s*(?:\"(?:[^\"\\\\]|\\\\.)*\"|[\\w.()]+),\\s*\"([A-Z][A-Z_]+)\""),
            Pattern.compile("\\\\\"code\\\\\":\\\\\"([A-Z][A-Z_]+)\\\\\""),
            // the arguments before the code: string literals (which may hold any character) or other code up to a ';'
            Pattern.compile(
                    "(?:Problems\\.write|\\bproblem)\\(\\s*response\\s*,(?:\"(?:[^\"\\\\]|\\\\.)*\"|[^\";])*?\"([A-Z][A-Z_]+)\"\\s*\\)"));

    private CommandSubject shared;
    private CommandSubject sharedWithoutCase;

    // ---- coverage of the codes ----

    @Test
    void givenTheRejectionEnumsOfTheModel_whenComparedWithTheScenarios_thenEveryConstantHasExactlyOneScenario() {
        assertThat(modelRejectionEnums())
                .as("the RejectionCode enums the scenarios are written for")
                .containsExactlyInAnyOrder(CommonRejection.class, CaseRejection.class, AlienRejection.class);

        assertThat(modelRefusals.keySet()).containsExactlyInAnyOrderElementsOf(modelCodes());
    }

    @Test
    void givenTheProblemCodesInTheApiSources_whenComparedWithTheScenarios_thenEveryCodeIsReachedOrListed() {
        Set<String> reachedOrListed = new TreeSet<>(apiRefusals.keySet());
        reachedOrListed.addAll(API_CODES_NOT_REACHED_OVER_HTTP.keySet());

        assertThat(apiCodesInSources()).containsExactlyInAnyOrderElementsOf(reachedOrListed);
        assertThat(apiRefusals.keySet()).doesNotContainAnyElementsOf(API_CODES_NOT_REACHED_OVER_HTTP.keySet());
    }

    // ---- the scenarios ----

    Stream<Arguments> modelRefusalCases() {
        return modelCodes().stream()
                .map(code -> Arguments.of(code.getClass().getSimpleName() + "." + code.name(), code));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("modelRefusalCases")
    void givenTheScenarioOfARejectionCode_whenItsRequestIsSent_thenAProblemNamesTheCodeAndNothingIsStored(
            String label, RejectionCode code) {
        Refusal refusal = modelRefusals.get(code);
        assertThat(refusal).as("a scenario for " + label).isNotNull();

        CommandSubject subject = subject(refusal.subject());
        refusal.given().record(subject);
        long storedBefore = storedEvents();

        Http.Response response = refusal.when().send(subject);

        assertThat(response.status()).as(label + ": " + response.body()).isEqualTo(refusal.status());
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("code").asString()).isEqualTo(code.name());
        assertThat(response.json().get("status").asInt()).isEqualTo(refusal.status());
        assertThat(storedEvents()).as("events stored by the refused request").isEqualTo(storedBefore);
    }

    Stream<Arguments> apiRefusalCases() {
        return apiRefusals.keySet().stream().sorted().map(Arguments::of);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("apiRefusalCases")
    void givenTheScenarioOfAnApiCode_whenItsRequestIsSent_thenAProblemNamesTheCodeAndNothingIsStored(String code) {
        Refusal refusal = apiRefusals.get(code);

        CommandSubject subject = subject(refusal.subject());
        refusal.given().record(subject);
        long storedBefore = storedEvents();

        Http.Response response = refusal.when().send(subject);

        assertThat(response.status()).as(code + ": " + response.body()).isEqualTo(refusal.status());
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("code").asString()).isEqualTo(code);
        assertThat(storedEvents()).as("events stored by the refused request").isEqualTo(storedBefore);
    }

    /** The shared subject, created on first use, or a new one. */
    private CommandSubject subject(Subject subject) {
        return switch (subject) {
            case SHARED -> shared = shared != null ? shared : CommandSubject.create(port, false, true);
            case SHARED_WITHOUT_CASE ->
                sharedWithoutCase =
                        sharedWithoutCase != null ? sharedWithoutCase : CommandSubject.create(port, false, false);
            case OWN -> CommandSubject.create(port, false, true);
            case OWN_FAMILY -> CommandSubject.create(port, true, true);
        };
    }

    private long storedEvents() {
        return jdbc.sql("SELECT count(*) FROM domainevententry")
                .query(Long.class)
                .single();
    }

    // ---- enumerating the codes ----

    private static List<Class<?>> rejectionEnums;

    /** The enums implementing {@link RejectionCode} among the classes under {@code nl.terugkeer}. */
    private static synchronized List<Class<?>> modelRejectionEnums() {
        if (rejectionEnums == null) {
            rejectionEnums = importRejectionEnums();
        }
        return rejectionEnums;
    }

    private static List<Class<?>> importRejectionEnums() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false) {
            @Override
            protected boolean isCandidateComponent(AnnotatedBeanDefinition definition) {
                return true; // the filter decides; enums are not components
            }
        };
        scanner.addIncludeFilter(new AssignableTypeFilter(RejectionCode.class));
        return scanner.findCandidateComponents("nl.terugkeer").stream()
                .<Class<?>>map(definition -> ClassUtils.resolveClassName(
                        definition.getBeanClassName(), RefusalCoverageTest.class.getClassLoader()))
                .filter(Class::isEnum)
                .toList();
    }

    private static List<RejectionCode> modelCodes() {
        return modelRejectionEnums().stream()
                .sorted(Comparator.comparing(Class::getSimpleName))
                .flatMap(e -> Arrays.stream(e.getEnumConstants()))
                .map(RejectionCode.class::cast)
                .toList();
    }

    private static Set<String> apiCodesInSources() {
        Set<String> codes = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String source = Files.readString(file);
                for (Pattern site : API_CODE_SITES) {
                    Matcher matcher = site.matcher(source);
                    while (matcher.find()) {
                        codes.add(matcher.group(1));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return codes;
    }

    private static Refusal shared(When when, int status) {
        return new Refusal(Subject.SHARED, s -> {}, when, status);
    }

    private static Refusal refusedSignal(String fields, int status) {
        return new Refusal(Subject.SHARED_WITHOUT_CASE, s -> {}, signal(fields), status);
    }

    private static Refusal own(Given given, When when, int status) {
        return new Refusal(Subject.OWN, given, when, status);
    }

    private static Given closed() {
        return steps(step("cases/closures", "{\"reason\":\"ADMINISTRATIVE\",\"closedOn\":\"2026-04-01\"}"));
    }

    private static Given steps(Step... steps) {
        return s -> s.record(List.of(steps));
    }

    /** Vc B8/4.1 all met (an own attempt, identity and nationality, a failed laissez-passer request), then more. */
    private static Given buitenschuldConditionsAnd(Step... more) {
        List<Step> all = new ArrayList<>(List.of(
                OWN_ATTEMPT,
                IDENTITY_ESTABLISHED,
                NATIONALITY_ESTABLISHED,
                LAISSEZ_PASSER_REQUESTED,
                step(
                        "cases/embassy-presentation-outcomes",
                        "{\"outcome\":\"NON_STATEMENT\",\"heldOn\":\"2026-03-10\"}")));
        all.addAll(List.of(more));
        return s -> s.record(all);
    }

    private static Step step(String route, String body) {
        return new Step(route, body);
    }

    private static When onCase(String subResource, String body) {
        return s -> s.post("cases/" + subResource, body);
    }

    private static When onPerson(String subResource, String body) {
        return s -> s.post("aliens/" + subResource, body);
    }

    /** A signal by DTenV for the subject's person on 2026-11-01, with the given source and municipality fields. */
    private static When signal(String fields) {
        return s -> s.dtenv.post("/v1/cases", """
                {"alienId":"%s",%s,"reason":"asylum rejected","signalledOn":"2026-11-01"}""".formatted(s.alienId, fields));
    }

    /** A registration by DTenV; {@code override} replaces one field of an otherwise valid body. */
    private static When register(String override) {
        String field = override.substring(0, override.indexOf(':'));
        List<String> fields = new ArrayList<>(List.of(
                "\"vNumber\":\"1234567890\"",
                "\"givenNames\":\"Test\"",
                "\"surname\":\"Persoon\"",
                "\"dateOfBirth\":\"1990-01-01\"",
                "\"claimedNationality\":\"AFG\"",
                "\"unaccompaniedMinor\":false",
                "\"registeredOn\":\"2026-01-05\""));
        fields.replaceAll(f -> f.startsWith(field + ":") ? override : f);
        return s -> s.dtenv.post("/v1/aliens", "{" + String.join(",", fields) + "}");
    }

    private static String grant(int adults, int amount, int cash) {
        return """
                {"kind":"BASIC","adults":%d,"minors":0,"amountInEuros":%d,"cashInEuros":%d,"grantedOn":"2026-03-08"}""".formatted(adults, amount, cash);
    }

    private static String correction(long sequence) {
        return """
                {"correctedSequence":%d,"reason":"recorded by mistake","correctedOn":"2026-06-15"}""".formatted(sequence);
    }

    private Http withKey(String key) {
        return Http.asDtenv(port).header("Idempotency-Key", key);
    }

    /** The request hash IdempotencyFilter keeps with a claim: SHA-256 of method, path and body. */
    private static String requestHash(String method, String path, String body) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(method.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            digest.update(path.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            digest.update(body.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
