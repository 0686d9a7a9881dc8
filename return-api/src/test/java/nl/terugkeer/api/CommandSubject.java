package nl.terugkeer.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

/**
 * A person registered over HTTP (registered 2026-01-05, born 1990-01-01), and optionally a case signalled for them
 * on 2026-01-10, to record commands on. Routes are named {@code cases/<sub-resource>} (recorded by DTenV on the
 * case) or {@code aliens/<sub-resource>} (recorded by the IND on the person).
 */
final class CommandSubject {

    /** One command recorded on the subject: a route and its body. */
    record Step(String route, String body) {}

    final Http dtenv;
    final Http ind;
    final String alienId;
    final String caseId;

    private CommandSubject(Http dtenv, Http ind, String alienId, String caseId) {
        this.dtenv = dtenv;
        this.ind = ind;
        this.alienId = alienId;
        this.caseId = caseId;
    }

    /** A registered person, with a minor child (born 2020-05-01) if asked, and a case for them if asked. */
    static CommandSubject create(int port, boolean withMinorChild, boolean withCase) {
        return create(port, withMinorChild, withCase, false);
    }

    /** As {@link #create(int, boolean, boolean)}; an unaccompanied minor is born 2010-08-20. */
    static CommandSubject create(int port, boolean withMinorChild, boolean withCase, boolean unaccompaniedMinor) {
        Http dtenv = Http.asDtenv(port);
        Http.Response registered = dtenv.post("/v1/aliens", """
                {"givenNames":"Test","surname":"Persoon","dateOfBirth":"%s","claimedNationality":"AFG",
                 "unaccompaniedMinor":%s,"familyMembers":[%s],"registeredOn":"2026-01-05"}
                """.formatted(
                        unaccompaniedMinor ? "2010-08-20" : "1990-01-01",
                        unaccompaniedMinor,
                        withMinorChild ? "{\"relationship\":\"CHILD\",\"dateOfBirth\":\"2020-05-01\"}" : ""));
        assertThat(registered.status()).as(registered.body()).isEqualTo(201);
        String alienId = registered.json().get("alienId").asString();
        String caseId = null;
        if (withCase) {
            Http.Response signalled = dtenv.post("/v1/cases", """
                    {"alienId":"%s","source":"IND","reason":"asylum rejected","signalledOn":"2026-01-10"}
                    """.formatted(alienId));
            assertThat(signalled.status()).as(signalled.body()).isEqualTo(201);
            caseId = signalled.json().get("caseId").asString();
        }
        return new CommandSubject(dtenv, Http.as(port, "IND"), alienId, caseId);
    }

    /** {@code /v1/cases/<caseId>/<sub-resource>} or {@code /v1/aliens/<alienId>/<sub-resource>}. */
    String path(String route) {
        String[] parts = route.split("/", 2);
        return "/v1/" + parts[0] + "/" + (parts[0].equals("cases") ? caseId : alienId) + "/" + parts[1];
    }

    /** DTenV records on a case, the IND on a person. */
    Http author(String route) {
        return route.startsWith("cases/") ? dtenv : ind;
    }

    Http.Response post(String route, String body) {
        return author(route).post(path(route), body);
    }

    /** Records the steps in order; each must be answered 201. */
    void record(List<Step> steps) {
        for (Step step : steps) {
            Http.Response response = post(step.route(), step.body());
            assertThat(response.status())
                    .as("given " + step.route() + ": " + response.body())
                    .isEqualTo(201);
        }
    }
}
