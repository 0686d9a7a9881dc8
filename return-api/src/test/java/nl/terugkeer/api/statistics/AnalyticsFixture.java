package nl.terugkeer.api.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import nl.terugkeer.api.Http;
import nl.terugkeer.api.UniqueVNumbers;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Persons and cases for the analysts' tests, seeded once per JVM in two municipalities no other test uses: ten cases
 * in Westerwolde (GM1950: obstacles, an escalation, a review, detentions) and nine in Cranendonck (GM1706: two
 * closed). Their V-numbers, names, birth date and ids must never reach an analyst.
 */
final class AnalyticsFixture {

    static final String TEN = "GM1950";
    static final String NINE = "GM1706";
    static final String BIRTH_DATE = "1987-04-23";
    static final String GIVEN_NAMES = "Fennaletta";
    static final String SURNAME_TEN = "Kwartelvink";
    static final String SURNAME_NINE = "Grutterstaart";

    /** Every identifying value of the seeded persons and cases. */
    static final List<String> IDENTIFIERS = new ArrayList<>();

    private static boolean seeded;

    private AnalyticsFixture() {}

    static synchronized void seed(int port, JdbcClient jdbc) {
        if (seeded) {
            return;
        }
        Http dtenv = Http.asDtenv(port);
        IDENTIFIERS.addAll(List.of(BIRTH_DATE, GIVEN_NAMES, SURNAME_TEN, SURNAME_NINE));
        for (int i = 0; i < 10; i++) {
            String caseId = signal(dtenv, TEN, SURNAME_TEN, "2026-10-05");
            if (i < 3) {
                post(dtenv, caseId, "obstacles", """
                        {"type":"MEDICAL","description":"in treatment","registeredOn":"2026-10-07"}""");
            }
            if (i == 0) {
                post(dtenv, caseId, "escalations", """
                        {"domains":["CARE"],"reason":"no progress","escalatedOn":"2026-10-09"}""");
            }
            if (i == 1) {
                post(dtenv, caseId, "case-reviews", """
                        {"participants":["DTENV","IND"],"optionsExplored":["voluntary return","mediation"],
                         "outcome":"continue","heldOn":"2026-10-10"}""");
            }
            if (i == 3 || i == 4) {
                post(dtenv, caseId, "detentions", """
                        {"basis":"ART_59","ground":"ART_59_1_A","orderedOn":"2026-10-08","maximumEndOn":"2027-04-07"}""");
            }
        }
        for (int i = 0; i < 9; i++) {
            String caseId = signal(dtenv, NINE, SURNAME_NINE, "2026-10-06");
            if (i < 2) {
                post(dtenv, caseId, "closures", """
                        {"reason":"ADMINISTRATIVE","closedOn":"2026-10-20"}""");
            }
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> caughtUp(jdbc));
        seeded = true;
    }

    private static boolean caughtUp(JdbcClient jdbc) {
        Integer administrative = jdbc.sql("SELECT coalesce(sum(outflow_administrative), 0)::int"
                        + " FROM analytics.stock_flow_month WHERE municipality_code = :m")
                .param("m", NINE)
                .query(Integer.class)
                .single();
        Integer complete = jdbc.sql("""
                        SELECT count(*)::int FROM analytics.case_fact WHERE municipality_code = :m
                          AND (escalations = 1 OR reviews = 1 OR 'DETENTION' = ANY (instruments)
                               OR cardinality(obstacle_types) = 1)""").param("m", TEN).query(Integer.class).single();
        Integer persons = jdbc.sql("SELECT count(DISTINCT person_key)::int FROM analytics.case_fact"
                        + " WHERE municipality_code IN (:a, :b) AND year_of_birth = 1987")
                .param("a", TEN)
                .param("b", NINE)
                .query(Integer.class)
                .single();
        return administrative == 2 && complete == 5 && persons == 19;
    }

    private static String signal(Http dtenv, String municipality, String surname, String on) {
        String vNumber = UniqueVNumbers.next();
        Http.Response registered = dtenv.post("/v1/aliens", """
                {"vNumber":"%s","givenNames":"%s","surname":"%s","dateOfBirth":"%s",
                 "claimedNationality":"ERI","unaccompaniedMinor":false,"familyMembers":[],"registeredOn":"2026-09-01"}
                """.formatted(vNumber, GIVEN_NAMES, surname, BIRTH_DATE));
        assertThat(registered.status()).as(registered.body()).isEqualTo(201);
        String alienId = registered.json().get("alienId").asString();
        Http.Response signalled = dtenv.post("/v1/cases", """
                {"alienId":"%s","source":"MUNICIPALITY","municipalityCode":"%s","reason":"rejected","signalledOn":"%s"}
                """.formatted(alienId, municipality, on));
        assertThat(signalled.status()).as(signalled.body()).isEqualTo(201);
        String caseId = signalled.json().get("caseId").asString();
        IDENTIFIERS.addAll(List.of(vNumber, alienId, caseId));
        return caseId;
    }

    private static void post(Http dtenv, String caseId, String subResource, String body) {
        Http.Response response = dtenv.post("/v1/cases/" + caseId + "/" + subResource, body);
        assertThat(response.status()).as(subResource + ": " + response.body()).isEqualTo(201);
    }
}
