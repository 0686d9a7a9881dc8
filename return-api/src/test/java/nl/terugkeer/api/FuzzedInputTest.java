package nl.terugkeer.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Mutated request bodies (truncated, bytes flipped, fields renamed, the wrong shape, or one date or enum value made
 * impossible while the rest stays valid) on every kind of command endpoint: never a 5xx, always problem+json, and nothing stored.
 */
@ReturnApiTest
class FuzzedInputTest {

    private static final List<String> VALUES = List.of(
            "null",
            "true",
            "-1",
            "1e309",
            "\"\"",
            "\"x\"",
            "[]",
            "{}",
            "\"2026-02-30\"",
            "\"GM99999\"",
            "99999999999999999999");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void givenMutatedBodies_whenPosted_thenNever5xxAndNothingStored() {
        Http dtenv = Http.asDtenv(port);
        Http ind = Http.as(port, "IND");
        String alienId = CaseLifecycleEndToEndTest.registerAlien(dtenv);
        String caseId = dtenv.post("/v1/cases", """
                        {"alienId":"%s","source":"IND","reason":"fuzz","signalledOn":"2026-10-01"}""".formatted(alienId))
                .json()
                .get("caseId")
                .asString();
        String withoutCase = CaseLifecycleEndToEndTest.registerAlien(dtenv);
        assertThat(ind.post("/v1/aliens/" + alienId + "/asylum-applications", """
                        {"kind":"FIRST","filedOn":"2026-04-01"}""")
                        .status())
                .isEqualTo(201);
        record Target(Http http, String path, String validBody) {}
        List<Target> targets = List.of(
                new Target(dtenv, "/v1/aliens", """
                        {"vNumber":"1234567890","givenNames":"A","surname":"B","dateOfBirth":"1990-01-01",
                         "claimedNationality":"SYR","unaccompaniedMinor":false,"familyMembers":[],"registeredOn":"2026-01-01"}"""),
                new Target(dtenv, "/v1/cases", """
                        {"alienId":"%s","source":"MUNICIPALITY","municipalityCode":"GM0363","reason":"r","signalledOn":"2026-10-01"}""".formatted(withoutCase)),
                new Target(dtenv, "/v1/cases/" + caseId + "/detentions", """
                        {"basis":"ART_59","ground":"ART_59_1_A","orderedOn":"2026-10-02","maximumEndOn":"2027-04-01"}"""),
                new Target(dtenv, "/v1/cases/" + caseId + "/return-support-grants", """
                        {"kind":"REINTEGRATION","adults":1,"minors":0,"amountInEuros":1800,"cashInEuros":300,"grantedOn":"2026-10-03"}"""),
                new Target(ind, "/v1/aliens/" + alienId + "/asylum-decisions", """
                        {"outcome":"REJECTED","departureTerm":{"days":28,"startsOn":"2026-05-01"},"decidedOn":"2026-05-01"}"""));
        long before = events();
        Random random = new Random(20261128);

        for (int i = 0; i < 300; i++) {
            Target target = targets.get(random.nextInt(targets.size()));
            boolean valueOnly = random.nextBoolean();
            WrongValue wrong = wrongValue(target.validBody(), random);
            String body = valueOnly ? wrong.body() : mutate(target.validBody(), random);
            Http.Response response = target.http().post(target.path(), body);
            assertThat(response.status()).as(target.path() + " <- " + body).isBetween(400, 499);
            assertThat(response.contentType()).as(body).startsWith("application/problem+json");
            if (valueOnly) {
                assertThat(response.body()).as(target.path() + " <- " + body).contains(wrong.field());
            }
        }
        assertThat(events()).isEqualTo(before);
    }

    /** A broken variant of a valid body; each kind of mutation guarantees the result is no longer acceptable. */
    private static String mutate(String body, Random random) {
        return switch (random.nextInt(4)) {
            case 0 -> body.substring(0, 1 + random.nextInt(body.length() - 2)); // truncated
            case 1 -> { // a raw control character (not whitespace): invalid JSON anywhere
                int at = 1 + random.nextInt(body.length() - 1);
                yield body.substring(0, at) + (char) (1 + random.nextInt(8)) + body.substring(at);
            }
            case 2 -> body.replaceFirst("\"([a-zA-Z]+)\":", "\"$1X\":"); // a renamed (unknown) field
            default -> "[" + body + "]"; // the wrong shape
        };
    }

    /** Date fields and enum fields: no value of {@link #VALUES} is a valid date or enum constant. */
    private static final Pattern CHECKED_FIELD =
            Pattern.compile("\"([a-zA-Z]+On|source|basis|kind|outcome)\":\\s*\"[^\"]*\"");

    /**
     * One date or enum field's value swapped for an invalid one, the rest of the body left valid, so the request
     * reaches the validation of values; the answer must name the field.
     */
    private static WrongValue wrongValue(String body, Random random) {
        List<MatchResult> fields = CHECKED_FIELD.matcher(body).results().toList();
        MatchResult field = fields.get(random.nextInt(fields.size()));
        String value = VALUES.get(random.nextInt(VALUES.size()));
        return new WrongValue(
                body.substring(0, field.start()) + "\"" + field.group(1) + "\":" + value + body.substring(field.end()),
                field.group(1));
    }

    private record WrongValue(String body, String field) {}

    private long events() {
        return jdbc.sql("SELECT count(*) FROM domainevententry")
                .query(Long.class)
                .single();
    }
}
