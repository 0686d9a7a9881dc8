package nl.terugkeer.api;

import static nl.terugkeer.api.Scenario.FILED;
import static nl.terugkeer.api.Scenario.REJECTED_28;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Realistic case histories, recorded through the REST API (commands -> events -> projections -> queries), each with
 * the expected rijksopvang entitlement on several dates (issue 4).
 */
@ReturnApiTest
class EntitlementScenariosTest {

    @LocalServerPort
    int port;

    @Test
    void givenAFirstApplicationRejectedWith28Days_whenAskedOverTime_thenReceptionThenTermThenNone() {
        Scenario s =
                Scenario.adult(port).onPerson("asylum-applications", FILED).onPerson("asylum-decisions", REJECTED_28);

        s.expect("2026-01-31", "NONE:NO_ENTITLING_FACT")
                .expect("2026-02-01", "ASYLUM_RECEPTION")
                .expect("2026-04-30", "ASYLUM_RECEPTION")
                .expect("2026-05-29", "DEPARTURE_TERM")
                .expect("2026-05-30", "NONE:DEPARTURE_TERM_ENDED");
        JsonNode periods = s.periods(2);
        assertThat(periods.get(0).get("kind").asString()).isEqualTo("ASYLUM_RECEPTION");
        assertThat(periods.get(1).get("until").asString()).isEqualTo("2026-05-29");
        JsonNode answer = s.entitlementOn("2026-05-10");
        assertThat(answer.get("legalBasis").asString()).contains("Vw art. 62");
        assertThat(answer.get("validUntil").asString()).isEqualTo("2026-05-29");
        assertThat(answer.get("explanation").asString())
                .isEqualTo("Asielaanvraag afgewezen op 1 mei 2026: de opvang loopt door tot en met 29 mei 2026, de"
                        + " laatste dag van de vertrektermijn van 28 dagen (artikel 62 Vw; artikelen 5 en 7, eerste lid,"
                        + " onder b, Rva 2005).");
        assertThat(answer.get("decidedBy").get(0).get("aggregateType").asString())
                .isEqualTo("Alien");
    }

    @Test
    void givenARepeatedApplicationAfterTheTerm_whenAsked_thenReceptionAgainFromFiling() {
        Scenario.adult(port)
                .onPerson("asylum-applications", FILED)
                .onPerson("asylum-decisions", REJECTED_28)
                .onPerson("asylum-applications", "{\"kind\":\"REPEATED\",\"filedOn\":\"2026-08-01\"}")
                .expect("2026-07-31", "NONE:DEPARTURE_TERM_ENDED")
                .expect("2026-08-01", "ASYLUM_RECEPTION");
    }

    @Test
    void givenArt64ProvisionalThenGrantedThenEnded_whenAsked_thenReceptionUntil4WeeksAfterTheEnd() {
        Scenario.adult(port)
                .onPerson("asylum-applications", FILED)
                .onPerson("asylum-decisions", REJECTED_28)
                .onPerson(
                        "departure-deferral-requests",
                        "{\"ground\":\"UNFIT_TO_TRAVEL\",\"requestedOn\":\"2026-05-20\"}")
                .onPerson("provisional-deferrals", "{\"validUntil\":\"2026-08-01\",\"appliedOn\":\"2026-06-01\"}")
                .onPerson("departure-deferral-grants", "{\"validUntil\":\"2027-01-01\",\"grantedOn\":\"2026-07-15\"}")
                .onPerson("departure-deferral-ends", "{\"endedOn\":\"2026-09-30\"}")
                .expect("2026-06-01", "ART_64")
                .expect("2026-08-15", "ART_64")
                .expect("2026-10-28", "ART_64")
                .expect("2026-10-29", "NONE:ART_64_ENDED");
    }

    @Test
    void givenDetentionDuringTheProcedure_whenOrderedAndLifted_thenNoneWhileDetained() {
        Scenario.adult(port)
                .onPerson("asylum-applications", FILED)
                .signal()
                .onCase("detentions", """
                        {"basis":"ART_59B","ground":"ART_59B_1_A","orderedOn":"2026-03-01","maximumEndOn":"2026-03-28"}""")
                .onCase("detention-lifts", "{\"liftedOn\":\"2026-03-20\"}")
                .expect("2026-02-28", "ASYLUM_RECEPTION")
                .expect("2026-03-01", "NONE:DETAINED")
                .expect("2026-03-20", "ASYLUM_RECEPTION");
    }

    @Test
    void givenTwoMissedCheckIns_whenAsked_thenReceptionEndsTwoWeeksAfterTheFirstMiss() {
        Scenario.adult(port)
                .onPerson("asylum-applications", FILED)
                .onPerson("asylum-decisions", """
                        {"outcome":"REJECTED","departureTerm":{"days":28,"startsOn":"2026-11-01"},
                         "decidedOn":"2026-05-01"}""")
                .signal()
                .onCase("reporting-obligations", "{\"frequency\":\"WEEKLY\",\"imposedOn\":\"2026-05-02\"}")
                .onCase("missed-check-ins", "{\"missedOn\":\"2026-05-09\"}")
                .onCase("missed-check-ins", "{\"missedOn\":\"2026-05-16\"}")
                .expect("2026-05-23", "DEPARTURE_TERM")
                .expect("2026-05-24", "NONE:REPORTING_MISSED_TWICE");
    }

    @Test
    void givenAVblPlacement_whenAskedDuringAndAfterTwelveWeeks_thenShelterThenNone() {
        Scenario.adult(port)
                .onPerson("asylum-applications", FILED)
                .onPerson("asylum-decisions", REJECTED_28)
                .signal()
                .onCase("return-prospects", "{\"expectedDepartureBy\":\"2026-08-01\",\"recordedOn\":\"2026-05-30\"}")
                .onCase("vbl-placements", "{\"placedOn\":\"2026-06-01\"}")
                .expect("2026-06-01", "VBL")
                .expect("2026-08-24", "VBL")
                .expect("2026-08-25", "NONE:VBL_ENDED");
    }

    @Test
    void givenAFamilyWithMinorChildren_whenTheTermEnds_thenFamilyLocationUntilTheYoungestIs18() {
        Scenario.person(port, false, "1985-01-01", "2012-01-01", "2016-04-04")
                .onPerson("asylum-applications", FILED)
                .onPerson("asylum-decisions", REJECTED_28)
                .expect("2026-05-29", "DEPARTURE_TERM")
                .expect("2026-05-30", "FAMILY_LOCATION")
                .expect("2034-04-03", "FAMILY_LOCATION")
                .expect("2034-04-04", "NONE:YOUNGEST_CHILD_TURNED_18");
    }

    @Test
    void givenBuitenschuldAndAPositiveAdvice_whenThePermitIsGranted_thenTheReturnTrackEnds() {
        Scenario s = Scenario.adult(port)
                .onPerson("asylum-applications", FILED)
                .onPerson("asylum-decisions", REJECTED_28)
                .onPerson("identity-establishments", "{\"establishedOn\":\"2026-06-01\"}")
                .onPerson("nationality-establishments", "{\"nationality\":\"AFG\",\"establishedOn\":\"2026-06-01\"}")
                .signal()
                .onCase(
                        "own-departure-attempts",
                        "{\"missionApproached\":\"AFG embassy\",\"attemptedOn\":\"2026-06-05\"}")
                .onCase("laissez-passer-requests", """
                        {"country":"AFG","purpose":"BUITENSCHULD_ASSESSMENT","requestedOn":"2026-06-10"}""")
                .onCase("embassy-presentation-outcomes", "{\"outcome\":\"NON_STATEMENT\",\"heldOn\":\"2026-07-10\"}")
                .onCase("buitenschuld-establishments", "{\"establishedOn\":\"2026-08-01\"}")
                .onCase("no-fault-advices", "{\"outcome\":\"POSITIVE\",\"issuedOn\":\"2026-08-02\"}");
        s.expect("2026-08-03", "NONE:BUITENSCHULD_GIVES_NONE");

        s.onPerson("residence-permits", """
                        {"kind":"BUITENSCHULD","validFrom":"2026-09-01","validUntil":"2027-08-31","grantedOn":"2026-09-01"}""").expect("2026-09-01", "NONE:LAWFUL_RESIDENCE");
    }

    @Test
    void givenEachDepartureType_whenRecorded_thenNoRijksopvangFromThatDay() {
        for (String type : new String[] {"INDEPENDENT", "WITHOUT_SUPERVISION"}) {
            Scenario.adult(port)
                    .onPerson("asylum-applications", FILED)
                    .onPerson("asylum-decisions", REJECTED_28)
                    .signal()
                    .onCase("departures", "{\"type\":\"%s\",\"departedOn\":\"2026-05-20\"}".formatted(type))
                    .expect("2026-05-19", "DEPARTURE_TERM")
                    .expect("2026-05-20", "NONE:DEPARTED");
        }
        Scenario.adult(port)
                .onPerson("asylum-applications", FILED)
                .onPerson("asylum-decisions", REJECTED_28)
                .signal()
                .onCase(
                        "laissez-passer-requests",
                        "{\"country\":\"AFG\",\"purpose\":\"RETURN\",\"requestedOn\":\"2026-05-02\"}")
                .onCase("travel-documents", """
                        {"kind":"LAISSEZ_PASSER","validUntil":"2026-12-31","obtainedOn":"2026-05-10"}""")
                .onCase("departures", "{\"type\":\"FORCED\",\"departedOn\":\"2026-05-20\"}")
                .expect("2026-05-20", "NONE:DEPARTED");
    }

    @Test
    void givenACorrectedMissedCheckIn_whenAskedNowAndAsKnownBefore_thenTheCorrectionRestoresReception() {
        Scenario s = Scenario.adult(port)
                .onPerson("asylum-applications", FILED)
                .onPerson("asylum-decisions", """
                        {"outcome":"REJECTED","departureTerm":{"days":28,"startsOn":"2026-11-01"},
                         "decidedOn":"2026-05-01"}""")
                .signal()
                .onCase("reporting-obligations", "{\"frequency\":\"WEEKLY\",\"imposedOn\":\"2026-05-02\"}")
                .onCase("missed-check-ins", "{\"missedOn\":\"2026-05-09\"}")
                .onCase("missed-check-ins", "{\"missedOn\":\"2026-05-16\"}");
        s.expect("2026-05-24", "NONE:REPORTING_MISSED_TWICE");
        Instant beforeTheCorrection = Instant.now();

        s.onCase("corrections", """
                {"correctedSequence":2,"reason":"the person did report on 9 May","correctedOn":"2026-05-24"}""");

        s.expect("2026-05-24", "DEPARTURE_TERM");
        assertThat(s.entitlementOn("2026-05-24", beforeTheCorrection)
                        .get("refusal")
                        .asString())
                .as("as known before the correction")
                .isEqualTo("REPORTING_MISSED_TWICE");
    }

    @Test
    void givenAnUnaccompaniedMinor_whenAskedBeforeAndAfterTheEighteenthBirthday_thenShelterUntilTheDayAfter() {
        Scenario.person(port, true, "2008-12-01")
                .onPerson("asylum-applications", FILED)
                .onPerson("asylum-decisions", REJECTED_28)
                .expect("2026-12-01", "UNACCOMPANIED_MINOR")
                .expect("2026-12-02", "NONE:TURNED_18");
    }

    @Test
    void givenTheRemainingRowsOfTheTable_whenRecordedThroughTheApi_thenEachGivesItsAnswer() {
        Scenario.adult(port)
                .onPerson("asylum-applications", FILED)
                .onPerson("entry-bans", "{\"durationInYears\":2,\"imposedOn\":\"2026-03-01\"}")
                .expect("2026-02-28", "ASYLUM_RECEPTION")
                .expect("2026-03-01", "NONE:ENTRY_BAN");
        Scenario.adult(port)
                .onPerson("regular-applications", "{\"purpose\":\"medical treatment\",\"filedOn\":\"2026-02-01\"}")
                .expect("2026-02-01", "NONE:REGULAR_APPLICATION_GIVES_NONE");
        Scenario.adult(port)
                .onPerson(
                        "departure-deferral-requests",
                        "{\"ground\":\"MEDICAL_EMERGENCY\",\"requestedOn\":\"2026-02-01\"}")
                .expect("2026-02-01", "NONE:ART_64_ONLY_REQUESTED");
        Scenario.adult(port)
                .onPerson("reflection-periods", "{\"endsOn\":\"2026-05-01\",\"grantedOn\":\"2026-02-01\"}")
                .expect("2026-02-01", "RVB_ALLOWANCE")
                .expect("2026-05-01", "RVB_ALLOWANCE")
                .expect("2026-05-02", "NONE:RVB_ENDED");
    }

    @Test
    void givenInterimReliefAfterARejection_whenRefused_thenReceptionUntil4WeeksAfterTheRefusal() {
        Scenario s = Scenario.adult(port)
                .onPerson("asylum-applications", FILED)
                .onPerson("asylum-decisions", REJECTED_28)
                .onPerson("interim-relief-requests", "{\"requestedOn\":\"2026-05-10\"}")
                .onPerson("interim-relief-decisions", "{\"outcome\":\"REJECTED\",\"decidedOn\":\"2026-05-20\"}")
                .expect("2026-05-09", "DEPARTURE_TERM")
                .expect("2026-05-10", "INTERIM_RELIEF")
                .expect("2026-06-17", "INTERIM_RELIEF")
                .expect("2026-06-18", "NONE:INTERIM_RELIEF_REFUSED");
        JsonNode answer = s.entitlementOn("2026-06-01");
        assertThat(answer.get("legalBasis").asString()).isEqualTo("Rva 2005 art. 5");
        assertThat(answer.get("validUntil").asString()).isEqualTo("2026-06-17");
        assertThat(answer.get("explanation").asString())
                .isEqualTo("Voorlopige voorziening tegen de afwijzing van de asielaanvraag gevraagd op 10 mei 2026 en"
                        + " afgewezen op 20 mei 2026: de opvang loopt door tot en met 17 juni 2026, vier weken daarna"
                        + " (artikel 5 Rva 2005).");
    }

    @Test
    void givenInterimReliefGranted_whenFraudIsEstablishedLater_thenReceptionEndsAtOnce() {
        Scenario.adult(port)
                .onPerson("asylum-applications", FILED)
                .onPerson("asylum-decisions", REJECTED_28)
                .onPerson("interim-relief-requests", "{\"requestedOn\":\"2026-05-10\"}")
                .onPerson("interim-relief-decisions", "{\"outcome\":\"GRANTED\",\"decidedOn\":\"2026-05-20\"}")
                .onPerson("reception-frauds", "{\"establishedOn\":\"2026-09-01\"}")
                .expect("2026-08-31", "INTERIM_RELIEF")
                .expect("2026-09-01", "NONE:FRAUD")
                .expect("2026-11-28", "NONE:FRAUD");
    }

    @Test
    void givenAnEquatedCategoryAfterTheTerm_whenAsked_thenReceptionThroughItsLastDay() {
        Scenario.adult(port)
                .onPerson("asylum-applications", FILED)
                .onPerson("asylum-decisions", REJECTED_28)
                .onPerson("equated-categories", """
                        {"category":"ECTHR_INTERIM_MEASURE","from":"2026-07-01","until":"2026-09-30"}""")
                .expect("2026-06-30", "NONE:DEPARTURE_TERM_ENDED")
                .expect("2026-07-01", "EQUATED_CATEGORY")
                .expect("2026-09-30", "EQUATED_CATEGORY")
                .expect("2026-10-01", "NONE:EQUATED_CATEGORY_ENDED");
        Scenario.adult(port)
                .onPerson("equated-categories", """
                        {"category":"SAME_SITUATION_AS_ART_64","from":"2026-03-01"}""")
                .expect("2026-02-28", "NONE:NO_ENTITLING_FACT")
                .expect("2026-11-28", "EQUATED_CATEGORY");
    }

    @Test
    void givenATransferWithoutArrival_whenAsked_thenReceptionEndsAfter48Hours() {
        Scenario.adult(port)
                .onPerson("asylum-applications", FILED)
                .onPerson("non-arrivals", """
                        {"deadline":"TRANSFER_48_HOURS","sentOn":"2026-03-10"}""")
                .expect("2026-03-12", "ASYLUM_RECEPTION")
                .expect("2026-03-13", "NONE:NOT_ARRIVED");
        Scenario.adult(port)
                .onPerson("asylum-applications", FILED)
                .onPerson("non-arrivals", """
                        {"deadline":"REFERRAL_24_HOURS","sentOn":"2026-03-10"}""")
                .expect("2026-03-11", "ASYLUM_RECEPTION")
                .expect("2026-03-12", "NONE:NOT_ARRIVED");
    }

    @Test
    void givenAnUnaccompaniedMinor_whenTheGuardianTakesOverCare_thenTheAmvReceptionEnds() {
        Scenario.person(port, true, "2010-08-20")
                .onPerson("amv-follow-up-care", "{\"startedOn\":\"2026-07-01\"}")
                .expect("2026-06-30", "UNACCOMPANIED_MINOR")
                .expect("2026-07-01", "NONE:AMV_FOLLOW_UP_CARE");
    }

    @Test
    void givenAnEndedEpisode_whenALaterFactGivesEntitlement_thenANewEpisodeStartsFromItsOwnDate() {
        Scenario.adult(port)
                .onPerson("asylum-applications", FILED)
                .onPerson("asylum-decisions", REJECTED_28)
                .onPerson("entry-bans", "{\"durationInYears\":2,\"imposedOn\":\"2026-05-10\"}")
                .onPerson("asylum-applications", "{\"kind\":\"REPEATED\",\"filedOn\":\"2026-09-01\"}")
                .expect("2026-05-09", "DEPARTURE_TERM")
                .expect("2026-05-10", "NONE:ENTRY_BAN")
                .expect("2026-08-31", "NONE:ENTRY_BAN")
                .expect("2026-09-01", "ASYLUM_RECEPTION");
        Scenario.adult(port)
                .onPerson("asylum-applications", FILED)
                .onPerson("asylum-decisions", REJECTED_28)
                .signal()
                .onCase("departures", "{\"type\":\"INDEPENDENT\",\"departedOn\":\"2026-05-20\"}")
                .onPerson(
                        "departure-deferral-requests",
                        "{\"ground\":\"UNFIT_TO_TRAVEL\",\"requestedOn\":\"2026-07-01\"}")
                .onPerson("departure-deferral-grants", "{\"validUntil\":\"2026-10-31\",\"grantedOn\":\"2026-08-01\"}")
                .expect("2026-07-31", "NONE:ART_64_ONLY_REQUESTED")
                .expect("2026-08-01", "ART_64")
                .expect("2026-11-28", "ART_64");
    }

    @Test
    void givenATraffickingVictim_whenTheB83PermitIsGranted_thenTheRvbAllowanceRunsOnUntilThePermitEnds() {
        Scenario.adult(port)
                .onPerson("reflection-periods", "{\"endsOn\":\"2026-05-01\",\"grantedOn\":\"2026-02-01\"}")
                .onPerson("residence-permits", """
                        {"kind":"HUMAN_TRAFFICKING","validFrom":"2026-04-01","validUntil":"2027-03-31","grantedOn":"2026-04-01"}""")
                .expect("2026-05-02", "RVB_ALLOWANCE")
                .expect("2027-03-31", "RVB_ALLOWANCE")
                .expect("2027-04-01", "NONE:RVB_ENDED");
    }

    @Test
    void givenAProvisionalArt64_whenThePersonIsNoRejectedAsylumSeeker_thenNoReception() {
        Scenario.adult(port)
                .onPerson(
                        "departure-deferral-requests",
                        "{\"ground\":\"UNFIT_TO_TRAVEL\",\"requestedOn\":\"2026-03-01\"}")
                .onPerson("provisional-deferrals", "{\"validUntil\":\"2026-06-14\",\"appliedOn\":\"2026-03-15\"}")
                .expect("2026-03-15", "NONE:PROVISIONAL_ART_64_GIVES_NONE");
    }
}
