package nl.terugkeer.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Buitenschuld by Vc B8/4 through the REST API against PostgreSQL (issue 8, item 6; ADR 19): one scenario per route,
 * each first refused on a criterion of its route, then established once the missing fact is recorded.
 */
@ReturnApiTest
class BuitenschuldScenariosTest {

    private static final String NON_STATEMENT = "{\"outcome\":\"NON_STATEMENT\",\"heldOn\":\"2026-07-10\"}";

    @LocalServerPort
    int port;

    @Test
    void givenOnlyInsufficientInformationThenANonStatement_whenEstablishedRegular_thenRefusedThenEstablished() {
        Scenario s = documentsTried(Scenario.adult(port)).onCase("embassy-presentation-outcomes", """
                        {"outcome":"INSUFFICIENT_INFORMATION","heldOn":"2026-07-01"}""");
        refused(s, "buitenschuld-establishments", """
                {"establishedOn":"2026-08-01","route":"REGULAR"}""", "BUITENSCHULD_NEEDS_FAILED_DOCUMENT_REQUEST");

        s.onCase("embassy-presentation-outcomes", NON_STATEMENT);
        s.onCase("buitenschuld-establishments", "{\"establishedOn\":\"2026-08-01\",\"route\":\"REGULAR\"}");
    }

    @Test
    void givenTheStatementRefusedThenSigned_whenEstablished_thenRefusedThenEstablished() {
        Scenario s = documentsTried(Scenario.adult(port))
                .onCase("embassy-presentation-outcomes", NON_STATEMENT)
                .onCase("return-statements", "{\"signed\":false,\"recordedOn\":\"2026-07-15\"}");
        refused(
                s,
                "buitenschuld-establishments",
                "{\"establishedOn\":\"2026-08-01\"}",
                "BUITENSCHULD_EXCLUDED_RETURN_STATEMENT_REFUSED");

        s.onCase("return-statements", "{\"signed\":true,\"recordedOn\":\"2026-07-20\"}");
        s.onCase("buitenschuld-establishments", "{\"establishedOn\":\"2026-08-01\"}");
    }

    @Test
    void givenAStatementNotToReturnAtThePresentation_whenEstablished_thenRefused() {
        Scenario s = documentsTried(Scenario.adult(port))
                .onCase("embassy-presentation-outcomes", NON_STATEMENT)
                .onCase("buitenschuld-exclusions", """
                        {"exclusion":"STATED_NOT_WILLING_TO_RETURN","description":"said so to the consul",
                         "recordedOn":"2026-07-10"}""");
        refused(
                s,
                "buitenschuld-establishments",
                "{\"establishedOn\":\"2026-08-01\"}",
                "BUITENSCHULD_EXCLUDED_NOT_WILLING_TO_RETURN");
    }

    @Test
    void givenABmaAdviceThatThePersonCanTravelThenThatHeCannot_whenEstablishedMedical_thenRefusedThenEstablished() {
        Scenario s = identified(Scenario.adult(port))
                .signal()
                .onCase("bma-advices", "{\"permanentlyUnableToTravel\":false,\"advisedOn\":\"2026-06-01\"}");
        refused(
                s,
                "buitenschuld-establishments",
                "{\"establishedOn\":\"2026-08-01\",\"route\":\"MEDICAL\"}",
                "BUITENSCHULD_MEDICAL_NEEDS_BMA_ADVICE");

        s.onCase("bma-advices", "{\"permanentlyUnableToTravel\":true,\"advisedOn\":\"2026-07-01\"}");
        s.onCase("buitenschuld-establishments", "{\"establishedOn\":\"2026-08-01\",\"route\":\"MEDICAL\"}");
    }

    @Test
    void givenAFirstApplicationOnThe15thBirthdayThenTheDayBefore_whenEstablishedAsMinor_thenRefusedThenEstablished() {
        Scenario s = documentsTried(Scenario.person(port, true, "2010-05-01"))
                .onCase("embassy-presentation-outcomes", NON_STATEMENT)
                .onCase("minor-buitenschuld-facts", """
                        {"bornOn":"2010-05-01","firstApplicationOn":"2025-05-01",
                         "adequateReceptionInCountryOfOrigin":false,"recordedOn":"2026-07-15"}""");
        refused(
                s,
                "buitenschuld-establishments",
                "{\"establishedOn\":\"2026-08-01\",\"route\":\"UNACCOMPANIED_MINOR\"}",
                "BUITENSCHULD_MINOR_FIRST_APPLICATION_NOT_BEFORE_15");

        s.onCase("minor-buitenschuld-facts", """
                {"bornOn":"2010-05-01","firstApplicationOn":"2025-04-30",
                 "adequateReceptionInCountryOfOrigin":false,"recordedOn":"2026-07-16"}""");
        s.onCase("buitenschuld-establishments", "{\"establishedOn\":\"2026-08-01\",\"route\":\"UNACCOMPANIED_MINOR\"}");
    }

    @Test
    void givenAMixedNationalityFamilyWithOneCountryUntried_whenEstablishedAsFamily_thenRefusedThenEstablished() {
        Scenario s = documentsTried(Scenario.adult(port))
                .onCase("embassy-presentation-outcomes", NON_STATEMENT)
                .onCase("family-bonds", """
                        {"bondSince":"2018-03-01","enteredOn":"2024-01-15","countries":["AFG","IRN"],
                         "recordedOn":"2026-07-15"}""");
        refused(
                s,
                "buitenschuld-establishments",
                "{\"establishedOn\":\"2026-08-01\",\"route\":\"FAMILY\"}",
                "BUITENSCHULD_FAMILY_NOT_EVERY_COUNTRY_TRIED");

        s.onCase("laissez-passer-requests", """
                {"country":"IRN","purpose":"BUITENSCHULD_ASSESSMENT","requestedOn":"2026-07-20"}""");
        s.onCase("buitenschuld-establishments", "{\"establishedOn\":\"2026-08-01\",\"route\":\"FAMILY\"}");
    }

    private static Scenario identified(Scenario s) {
        return s.onPerson("identity-establishments", "{\"establishedOn\":\"2026-06-01\"}")
                .onPerson("nationality-establishments", "{\"nationality\":\"AFG\",\"establishedOn\":\"2026-06-01\"}");
    }

    /** Identity and nationality, a signal, an own attempt and a laissez-passer request to AFG. */
    private static Scenario documentsTried(Scenario s) {
        return identified(s)
                .signal()
                .onCase(
                        "own-departure-attempts",
                        "{\"missionApproached\":\"AFG embassy\",\"attemptedOn\":\"2026-06-05\"}")
                .onCase("laissez-passer-requests", """
                        {"country":"AFG","purpose":"BUITENSCHULD_ASSESSMENT","requestedOn":"2026-06-10"}""");
    }

    private void refused(Scenario s, String subResource, String body, String code) {
        Http.Response response = Http.asDtenv(port).post("/v1/cases/" + s.caseId + "/" + subResource, body);
        assertThat(response.status()).as(response.body()).isEqualTo(422);
        assertThat(response.json().get("code").asString()).isEqualTo(code);
    }
}
