import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Writes realistic histories straight into the event store (domainevententry) at bulk speed, with COPY, for the
 * data-at-size benchmark (issue 13). The service must be stopped: its projections are built afterwards by the
 * service itself (a rebuild, or a first start on an empty token store).
 *
 * <p>Every event's payload is its golden file (return-api/src/test/resources/events/&lt;Type&gt;.json, the stored form
 * the production serializer writes, pinned by tests) with the ids of the person's own aggregates, a unique V-number,
 * a name and nationality from a small list, dates shifted back by up to two years, and the sequence numbers that
 * events refer to (corrections, IND answers, decisions on a regular application) set to the entries they refer to.
 * A person is one Alien aggregate and, mostly, one Case aggregate; most stories are short (registered, asylum
 * rejected, case signalled, interview, reporting obligation and check-ins), some long (placements, detention,
 * buitenschuld, departure and closing, corrections); every event type appears. About 12 events per person.
 *
 * <p>Also fills the command side's registers (persons, open cases, V-numbers) with the same SQL as their Flyway
 * migrations, so that commands against the seeded persons behave as if they had been written through the API.
 *
 * <p>Usage: java -cp postgresql.jar bench/Seed.java JDBC_URL PERSONS IDS_FILE [SEED]
 * (e.g. jdbc:postgresql://127.0.0.1:54339/postgres?user=postgres). IDS_FILE gets one line per person:
 * "alienId caseId" (caseId "-" when the person has no case). Prints counts and rates; no personal data.
 */
public class Seed {

    static final String ALIEN_TEMPLATE_ID = "00000000-0000-0000-0000-00000000a001";
    static final String CASE_TEMPLATE_ID = "00000000-0000-0000-0000-00000000c001";
    static final String ALIEN_EVENTS = "nl.terugkeer.core.aliens.events.";
    static final String CASE_EVENTS = "nl.terugkeer.core.cases.events.";
    static final Pattern DATE = Pattern.compile("\"(\\d{4}-\\d{2}-\\d{2})\"");
    static final String[] GIVEN = {"Amal", "Yonas", "Samir", "Fatima", "Omar", "Lina", "Dawit", "Nour", "Karim", "Sara"};
    static final String[] SURNAMES = {"Haddad", "Tesfay", "Rahimi", "Benali", "Okafor", "Yilmaz", "Kareem", "Mansour"};
    static final String[] NATIONALITIES = {"SYR", "ERI", "AFG", "MAR", "DZA", "NGA", "IRQ", "TUR", "GEO", "YEM"};
    static final HexFormat HEX = HexFormat.of();
    static final java.time.format.DateTimeFormatter STORED_AT =
            java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(java.time.ZoneOffset.UTC);

    static Map<String, String> templates = new HashMap<>();
    static long eventCount;
    static Map<String, Long> perType = new HashMap<>();
    static long clock; // stored-at instants: one millisecond apart, in globalindex order, ending before now

    public static void main(String[] args) throws Exception {
        String url = args[0];
        int persons = Integer.parseInt(args[1]);
        Path idsFile = Path.of(args[2]);
        long seed = args.length > 3 ? Long.parseLong(args[3]) : 13L;
        Path dir = Path.of(System.getProperty("events", "return-api/src/test/resources/events"));
        try (var files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".json")).toList()) {
                String name = f.getFileName().toString().replace(".json", "");
                templates.put(name, compact(Files.readString(f)));
            }
        }
        SplittableRandom random = new SplittableRandom(seed);
        clock = Instant.now().toEpochMilli() - persons * 40L; // ~10 events a person, generous margin
        long started = System.nanoTime();
        int batch = Integer.getInteger("batch", 5_000);
        try (Connection db = DriverManager.getConnection(url);
                PrintWriter ids = new PrintWriter(Files.newBufferedWriter(idsFile))) {
            db.setAutoCommit(false);
            long before = count(db);
            String copy = "COPY domainevententry (aggregateidentifier, sequencenumber, type, eventidentifier, metadata,"
                    + " payload, payloadrevision, payloadtype, timestamp) FROM STDIN (FORMAT csv)";
            for (int from = 0; from < persons; from += batch) {
                CopyIn in = db.unwrap(PGConnection.class).getCopyAPI().copyIn(copy);
                ByteArrayOutputStream rows = new ByteArrayOutputStream(1 << 20);
                for (int i = from; i < Math.min(persons, from + batch); i++) {
                    person(i, random, rows, ids);
                    if (rows.size() > (1 << 20)) {
                        in.writeToCopy(rows.toByteArray(), 0, rows.size());
                        rows.reset();
                    }
                }
                in.writeToCopy(rows.toByteArray(), 0, rows.size());
                in.endCopy();
                db.commit();
                if ((from / batch) % 4 == 3) {
                    System.out.printf("  %,d persons, %,d events, %.0f events/s%n", Math.min(persons, from + batch),
                            eventCount, eventCount / ((System.nanoTime() - started) / 1e9));
                }
            }
            double copySeconds = (System.nanoTime() - started) / 1e9;
            long registersStarted = System.nanoTime();
            fillRegisters(db);
            db.commit();
            double registerSeconds = (System.nanoTime() - registersStarted) / 1e9;
            long after = count(db);
            System.out.printf("seeded %,d persons, %,d events (%.1f per person; store now %,d events, was %,d)%n",
                    persons, eventCount, eventCount / (double) persons, after, before);
            System.out.printf("COPY with the integrity triggers: %.1f s = %,.0f events/s; command-side registers %.1f s%n",
                    copySeconds, eventCount / copySeconds, registerSeconds);
            long missing = perType.keySet().stream().count();
            List<String> absent = templates.keySet().stream().filter(t -> !perType.containsKey(t)).sorted().toList();
            System.out.printf("event types written: %d of %d%s%n", missing, templates.size(),
                    absent.isEmpty() ? "" : " (absent: " + String.join(", ", absent) + ")");
            if (Boolean.getBoolean("types")) {
                perType.entrySet().stream().sorted(Map.Entry.comparingByValue())
                        .forEach(e -> System.out.printf("  %-36s %,d%n", e.getKey(), e.getValue()));
            }
        }
    }

    /** One person's story: the Alien aggregate's events, then (mostly) the Case aggregate's. */
    static void person(int index, SplittableRandom r, ByteArrayOutputStream rows, PrintWriter ids) throws IOException {
        String alienId = UUID.randomUUID().toString();
        String caseId = UUID.randomUUID().toString();
        int shift = r.nextInt(730);
        int kind = r.nextInt(100); // < 70 short, < 92 medium, else long
        boolean longStory = kind >= 92;
        boolean medium = kind >= 70 && !longStory;
        String nationality = NATIONALITIES[r.nextInt(NATIONALITIES.length)];
        Story alien = new Story("Alien", ALIEN_EVENTS, ALIEN_TEMPLATE_ID, alienId, shift, alienId, caseId);
        alien.vNumber = String.valueOf(1_000_000_000L + index * 7L + r.nextInt(7)).substring(0, 10);
        alien.nationality = nationality;
        alien.given = GIVEN[r.nextInt(GIVEN.length)];
        alien.surname = SURNAMES[r.nextInt(SURNAMES.length)];

        alien.add("AlienRegistered");
        long identity = -1;
        if (r.nextInt(100) < 40) identity = alien.add("IdentityEstablished");
        if (r.nextInt(100) < 35) alien.add(r.nextInt(20) == 0 ? "StatelessnessEstablished" : "NationalityEstablished");
        if (r.nextInt(100) < (longStory ? 30 : 3)) alien.add("ReflectionPeriodGranted");
        alien.add("AsylumApplicationFiled");
        if (r.nextInt(100) < (longStory ? 40 : 4)) {
            alien.add("InterimReliefRequested");
            alien.add("InterimReliefDecided");
        }
        alien.add("AsylumApplicationDecided");
        if (r.nextInt(100) < (longStory ? 30 : medium ? 10 : 2)) alien.add("EntryBanImposed");
        if (medium || longStory) {
            if (r.nextInt(100) < 40) {
                long filed = alien.add("RegularApplicationFiled");
                alien.set("applicationSequence", filed).add("RegularApplicationDecided");
                if (r.nextInt(2) == 0) alien.add("ResidencePermitRefused");
            }
            if (r.nextInt(100) < 35) {
                alien.add("DepartureDeferralRequested");
                alien.add("ProvisionalDeferralApplied");
                if (r.nextInt(2) == 0) {
                    alien.add("DepartureDeferralGranted");
                    alien.add("DepartureDeferralEnded");
                } else {
                    alien.add("DepartureDeferralRefused");
                }
            }
            if (r.nextInt(100) < 20) alien.add("FamilyMemberJoined");
            if (r.nextInt(100) < 10) alien.add("FamilyMemberLeft"); // the child registered with the person
        }
        if (longStory) {
            if (r.nextInt(100) < 15) alien.add("ReceptionFraudEstablished");
            if (r.nextInt(100) < 15) alien.add("EquatedCategoryRecorded");
            if (r.nextInt(100) < 15) alien.add("NonArrivalRecorded");
            if (r.nextInt(100) < 10) alien.add("AmvFollowUpCareStarted");
            if (r.nextInt(100) < 25) alien.add("SufficientMeansEstablished");
            if (r.nextInt(100) < 30) {
                alien.add("RepresentativeAuthorised");
                alien.add("RepresentationEnded");
            }
        }
        if (r.nextInt(100) < 25) alien.add("ReturnDecisionIssued");
        if (r.nextInt(100) < (longStory ? 30 : 5)) alien.add("DepartureTermExtended");
        if (identity >= 0 && r.nextInt(100) < (longStory ? 30 : 1)) {
            alien.set("correctedSequence", identity).add("AlienEntryCorrected");
        }

        boolean hasCase = r.nextInt(100) < 95;
        Story c = new Story("Case", CASE_EVENTS, CASE_TEMPLATE_ID, caseId, shift, alienId, caseId);
        if (hasCase) {
            c.add("ReturnSignalled");
            if (r.nextInt(100) < 80) c.add("CaseManagerAssigned");
            if (r.nextInt(100) < 75) c.add("DepartureInterviewHeld");
            if (r.nextInt(100) < 25) c.add("ReturnStatementRecorded");
            if (r.nextInt(100) < (longStory ? 40 : 8)) c.add("OwnDepartureAttemptRecorded");
            if (medium || longStory) {
                if (r.nextInt(100) < 40) {
                    c.add("DocumentsRequested");
                    c.add("LaissezPasserRequested");
                    c.add("EmbassyPresentationScheduled");
                    c.add("EmbassyPresentationHeld");
                    if (r.nextInt(2) == 0) c.add("TravelDocumentObtained");
                }
                if (r.nextInt(100) < 30) {
                    c.add("ReturnSupportOffered");
                    if (r.nextInt(2) == 0) c.add("ReturnSupportGranted");
                }
            }
            if (r.nextInt(100) < 70) {
                c.add("ReportingObligationImposed");
                int checkIns = medium || longStory ? 1 + r.nextInt(4) : r.nextInt(3);
                LocalDate firstCheckIn = LocalDate.of(2026, 4, 13);
                for (int k = 0; k < checkIns; k++) c.on("checkedInOn", firstCheckIn.plusWeeks(k)).add("CheckInRecorded");
                if (r.nextInt(100) < (longStory ? 50 : 10)) {
                    LocalDate miss = firstCheckIn.plusWeeks(checkIns);
                    long firstMiss = c.on("missedOn", miss).add("CheckInMissed");
                    c.on("missedOn", miss.plusWeeks(1)).add("CheckInMissed");
                    c.on("firstMissedOn", miss).on("secondMissedOn", miss.plusWeeks(1)).add("UnsupervisedDepartureMarked");
                    if (r.nextInt(100) < (longStory ? 50 : 20)) {
                        c.set("correctedSequence", firstMiss).add("CaseEntryCorrected");
                        c.set("correctedSequence", firstMiss).add("UnsupervisedDepartureMarkWithdrawn");
                    }
                }
                if (r.nextInt(100) < 30) c.add("ReportingObligationLifted");
            }
            if (r.nextInt(100) < (medium || longStory ? 30 : 10)) c.add("ReturnProspectRecorded");
            if (longStory) {
                if (r.nextInt(100) < 50) {
                    c.add("PlacedInVbl");
                    if (r.nextInt(2) == 0) c.add("VblStayExtended");
                    c.add("PlacementEnded");
                } else if (r.nextInt(100) < 40) {
                    c.add("PlacedInFamilyLocation");
                }
                if (r.nextInt(100) < 40) {
                    c.add("AreaRestrictionImposed");
                    if (r.nextInt(2) == 0) c.add("AreaRestrictionExtended");
                    c.add("AreaRestrictionLifted");
                }
                if (r.nextInt(100) < 40) {
                    c.add("DetentionOrdered");
                    if (r.nextInt(2) == 0) c.add("DetentionExtended");
                    c.add("DetentionLifted");
                }
                if (r.nextInt(100) < 40) {
                    c.add("ObstacleRegistered");
                    if (r.nextInt(2) == 0) c.add("ObstacleResolved");
                }
                if (r.nextInt(100) < 30) {
                    c.add("CaseEscalated");
                    c.add("CaseReviewHeld");
                }
                if (r.nextInt(100) < 30) {
                    long request = c.add("IndInformationRequested");
                    c.set("requestSequence", request).add("IndInformationReceived");
                }
                if (r.nextInt(100) < 15) c.add("MediationRequested");
                if (r.nextInt(100) < 20) c.add("BuitenschuldExclusionRecorded");
                if (r.nextInt(100) < 25) {
                    c.add("BmaAdviceRecorded");
                    if (r.nextInt(3) == 0) c.add("MinorBuitenschuldFactsRecorded");
                    if (r.nextInt(3) == 0) c.add("FamilyBondRecorded");
                    c.add("BuitenschuldEstablished");
                    c.add("NoFaultAdviceIssued");
                    alien.add("ResidencePermitGranted"); // the buitenschuld permit
                }
            }
            if (r.nextInt(100) < (longStory ? 50 : medium ? 25 : 10)) {
                c.add("DepartureRecorded");
                c.add("CaseClosed");
                if (r.nextInt(100) < 10) c.add("CaseReopened");
            }
        }
        alien.writeTo(rows);
        if (hasCase) c.writeTo(rows);
        ids.println(alienId + " " + (hasCase ? caseId : "-"));
    }

    /** The events of one aggregate, numbered from 0. */
    static final class Story {
        final String type, pkg, templateId, aggregateId, alienId, caseId;
        final int shift;
        final List<String[]> events = new ArrayList<>(); // {simple type name, payload}
        String vNumber, nationality, given, surname;
        Map<String, Long> numbers = new HashMap<>();
        Map<String, LocalDate> dates = new HashMap<>();

        Story(String type, String pkg, String templateId, String aggregateId, int shift, String alienId, String caseId) {
            this.type = type;
            this.pkg = pkg;
            this.templateId = templateId;
            this.aggregateId = aggregateId;
            this.shift = shift;
            this.alienId = alienId;
            this.caseId = caseId;
        }

        Story set(String field, long value) {
            numbers.put(field, value);
            return this;
        }

        Story on(String field, LocalDate date) {
            dates.put(field, date);
            return this;
        }

        /** Appends an event from its template; returns its sequence number. */
        long add(String eventType) {
            String json = templates.get(eventType);
            if (json == null) throw new IllegalArgumentException("no golden file for " + eventType);
            json = json.replace(ALIEN_TEMPLATE_ID, alienId).replace(CASE_TEMPLATE_ID, caseId);
            if (vNumber != null) {
                json = json.replace("\"1234567890\"", "\"" + vNumber + "\"").replace("\"SYR\"", "\"" + nationality + "\"")
                        .replace("\"givenNames\":\"Amal\"", "\"givenNames\":\"" + given + "\"")
                        .replace("\"surname\":\"Haddad\"", "\"surname\":\"" + surname + "\"");
            }
            for (var n : numbers.entrySet()) {
                json = json.replaceFirst("\"" + n.getKey() + "\":\\d+", "\"" + n.getKey() + "\":" + n.getValue());
            }
            numbers.clear();
            for (var d : dates.entrySet()) {
                json = json.replaceFirst("\"" + d.getKey() + "\":\"[0-9-]+\"", "\"" + d.getKey() + "\":\"" + d.getValue() + "\"");
            }
            dates.clear();
            json = shiftDates(json, shift);
            events.add(new String[] {eventType, json});
            return events.size() - 1;
        }

        void writeTo(ByteArrayOutputStream rows) throws IOException {
            for (int seq = 0; seq < events.size(); seq++) {
                String[] e = events.get(seq);
                String eventId = UUID.randomUUID().toString();
                String trace = HEX.formatHex(uuidBytes()) ;
                String metadata = Seed.metadata(trace, UUID.randomUUID().toString());
                String row = aggregateId + "," + seq + "," + type + "," + eventId + ",\\x"
                        + HEX.formatHex(metadata.getBytes(StandardCharsets.UTF_8)) + ",\\x"
                        + HEX.formatHex(e[1].getBytes(StandardCharsets.UTF_8)) + ",," + pkg + e[0] + ","
                        + STORED_AT.format(Instant.ofEpochMilli(clock++)) + "\n";
                rows.write(row.getBytes(StandardCharsets.UTF_8));
                eventCount++;
                perType.merge(e[0], 1L, Long::sum);
            }
        }
    }

    static byte[] uuidBytes() {
        UUID u = UUID.randomUUID();
        byte[] b = new byte[16];
        for (int i = 0; i < 8; i++) {
            b[i] = (byte) (u.getMostSignificantBits() >>> (56 - 8 * i));
            b[8 + i] = (byte) (u.getLeastSignificantBits() >>> (56 - 8 * i));
        }
        return b;
    }

    /** The metadata as the service writes it (see a real row: bench/size.sh prints none of it). */
    static String metadata(String trace, String causation) {
        return "{\"traceId\":\"" + trace + "\",\"causationId\":\"" + causation + "\",\"organisation\":\"DTENV\",\"correlationId\":\""
                + trace + "\",\"role\":\"DTENV\",\"userId\":\"seed\"}";
    }

    static String shiftDates(String json, int days) {
        if (days == 0) return json;
        Matcher m = DATE.matcher(json);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, "\"" + LocalDate.parse(m.group(1)).minusDays(days) + "\"");
        }
        m.appendTail(out);
        return out.toString();
    }

    /** Jackson's default pretty printing, undone: no whitespace outside strings. */
    static String compact(String json) {
        StringBuilder out = new StringBuilder(json.length());
        boolean inString = false;
        for (int i = 0; i < json.length(); i++) {
            char ch = json.charAt(i);
            if (inString) {
                out.append(ch);
                if (ch == '\\') out.append(json.charAt(++i));
                else if (ch == '"') inString = false;
            } else if (ch == '"') {
                inString = true;
                out.append(ch);
            } else if (!Character.isWhitespace(ch)) {
                out.append(ch);
            }
        }
        return out.toString();
    }

    static long count(Connection db) throws Exception {
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery("SELECT count(*) FROM domainevententry")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** The command side's registers, as their migrations (V4, V10, V26) back-fill them from the event store. */
    static void fillRegisters(Connection db) throws Exception {
        try (Statement s = db.createStatement()) {
            s.execute("""
                    INSERT INTO command_side.alien_register (alien_id)
                    SELECT aggregateidentifier::uuid FROM domainevententry
                    WHERE payloadtype = 'nl.terugkeer.core.aliens.events.AlienRegistered'
                    ON CONFLICT DO NOTHING""");
            s.execute("""
                    INSERT INTO command_side.case_register (case_id, alien_id, open)
                    SELECT s.aggregateidentifier::uuid, (convert_from(s.payload, 'UTF8')::jsonb ->> 'alienId')::uuid,
                           l.last_type <> 'nl.terugkeer.core.cases.events.CaseClosed'
                    FROM domainevententry s
                    JOIN (SELECT DISTINCT ON (aggregateidentifier) aggregateidentifier, payloadtype AS last_type
                          FROM domainevententry
                          WHERE payloadtype IN ('nl.terugkeer.core.cases.events.ReturnSignalled',
                                                'nl.terugkeer.core.cases.events.CaseClosed',
                                                'nl.terugkeer.core.cases.events.CaseReopened')
                          ORDER BY aggregateidentifier, sequencenumber DESC) l
                      ON l.aggregateidentifier = s.aggregateidentifier
                    WHERE s.payloadtype = 'nl.terugkeer.core.cases.events.ReturnSignalled'
                    ON CONFLICT DO NOTHING""");
            s.execute("""
                    INSERT INTO command_side.v_number_register (v_number, alien_id)
                    SELECT convert_from(payload, 'UTF8')::jsonb ->> 'vNumber', aggregateidentifier::uuid
                    FROM domainevententry
                    WHERE payloadtype = 'nl.terugkeer.core.aliens.events.AlienRegistered'
                      AND convert_from(payload, 'UTF8')::jsonb ->> 'vNumber' IS NOT NULL
                    ON CONFLICT DO NOTHING""");
        }
    }
}
