import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The client side of bench/faults.sh (docs/runbooks/fault-suite.md). Three modes:
 * <ul>
 *   <li>{@code write OUT SECONDS CLIENTS URL...}: clients register persons and signal cases (round robin over the
 *       URLs) for SECONDS; every acknowledged (2xx) id is appended to OUT; prints the answers by status, and checks
 *       that every 5xx was a 503 problem+json with Retry-After.</li>
 *   <li>{@code check IN URL}: reads every acknowledged id back; prints found and missing.</li>
 *   <li>{@code race URL_A URL_B}: one case, then the same If-Match command from both at once; prints both statuses.</li>
 * </ul>
 */
public class Faults {

    static final Pattern ID = Pattern.compile("\"(alienId|caseId)\":\"([0-9a-f-]{36})\"");
    static final HttpClient HTTP = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(2))
            .executor(Executors.newVirtualThreadPerTaskExecutor())
            .build();
    static final Map<String, String[]> TOKENS = new ConcurrentHashMap<>();
    static final String YESTERDAY = LocalDate.now().minusDays(1).toString();

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "write" -> write(Path.of(args[1]), Integer.parseInt(args[2]), Integer.parseInt(args[3]),
                    List.of(args).subList(4, args.length));
            case "check" -> check(Path.of(args[1]), args[2]);
            case "race" -> race(args[1], args[2]);
            default -> throw new IllegalArgumentException(args[0]);
        }
    }

    static final Map<String, AtomicLong> STATUSES = new ConcurrentHashMap<>();
    static final AtomicLong BAD_5XX = new AtomicLong();
    static final AtomicLong GOOD_503 = new AtomicLong();
    /** When any answer last came: the clients stop 3 s after the service stopped answering (killed). */
    static final AtomicLong LAST_ANSWER = new AtomicLong(System.nanoTime());

    static void write(Path out, int seconds, int clients, List<String> urls) throws Exception {
        ConcurrentLinkedQueue<String> acknowledged = new ConcurrentLinkedQueue<>();
        // each acknowledgement is written at once, so that a kill of this client cannot lose it either
        java.io.PrintWriter sink = new java.io.PrintWriter(Files.newBufferedWriter(out,
                java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND), true);
        long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            String url = urls.get(i % urls.size());
            threads.add(Thread.ofPlatform().start(() -> {
                while (System.nanoTime() < end && System.nanoTime() - LAST_ANSWER.get() < 3_000_000_000L) {
                    String alien = post(url, "/v1/aliens", """
                            {"givenNames":"Fault","surname":"Probe","dateOfBirth":"1990-01-01","claimedNationality":"XXX",
                             "unaccompaniedMinor":false,"familyMembers":[],"registeredOn":"%s"}""".formatted(YESTERDAY));
                    if (alien == null) { pause(); pause(); pause(); continue; }
                    acknowledged.add("alien " + alien);
                    synchronized (sink) { sink.println("alien " + alien); }
                    String kase = post(url, "/v1/cases", """
                            {"alienId":"%s","source":"IND","reason":"fault probe","signalledOn":"%s"}"""
                            .formatted(alien, YESTERDAY));
                    if (kase != null) {
                        acknowledged.add("case " + kase);
                        synchronized (sink) { sink.println("case " + kase); }
                    }
                }
            }));
        }
        for (Thread t : threads) t.join();
        sink.close();
        System.out.printf("acknowledged=%d answers=%s 503-problem-with-retry-after=%d bad-5xx=%d%n",
                acknowledged.size(), new java.util.TreeMap<>(STATUSES), GOOD_503.get(), BAD_5XX.get());
    }

    /** The id from a 2xx answer, or null; counts every answer by status ("conn" when none came). */
    static String post(String url, String path, String body) {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(url + path))
                    .timeout(Duration.ofSeconds(20))
                    .header("Content-Type", "application/json")
                    .headers(token(url))
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build();
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            int status = response.statusCode();
            LAST_ANSWER.set(System.nanoTime());
            STATUSES.computeIfAbsent(Integer.toString(status), k -> new AtomicLong()).incrementAndGet();
            if (status >= 500) {
                boolean problem = response.headers().firstValue("Content-Type").orElse("").contains("problem+json");
                boolean retryAfter = response.headers().firstValue("Retry-After").isPresent();
                if (status == 503 && problem && retryAfter) GOOD_503.incrementAndGet(); else BAD_5XX.incrementAndGet();
                if (status != 503 || !problem || !retryAfter) System.err.println("bad 5xx: " + status + " " + response.body());
            }
            if (status < 200 || status > 299) return null;
            Matcher m = ID.matcher(response.body());
            return m.find() ? m.group(2) : null;
        } catch (Exception e) {
            STATUSES.computeIfAbsent("conn", k -> new AtomicLong()).incrementAndGet();
            return null;
        }
    }

    static void check(Path in, String url) throws Exception {
        List<String> lines = Files.exists(in) ? Files.readAllLines(in) : List.of();
        AtomicLong found = new AtomicLong();
        List<String> missing = new ArrayList<>();
        for (String line : lines) {
            String[] parts = line.split(" ");
            String path = (parts[0].equals("alien") ? "/v1/aliens/" : "/v1/cases/") + parts[1];
            int status = -1;
            for (int attempt = 0; attempt < 50 && status != 200; attempt++) {
                status = get(url, path);
                if (status != 200) Thread.sleep(100); // a case's status is a projection: allow it to catch up
            }
            if (status == 200) found.incrementAndGet(); else missing.add(line + " -> " + status);
        }
        System.out.printf("acknowledged=%d found=%d missing=%d%n", lines.size(), found.get(), missing.size());
        missing.stream().limit(10).forEach(m -> System.out.println("  missing " + m));
        if (!missing.isEmpty()) System.exit(1);
    }

    static void race(String a, String b) throws Exception {
        String alien = post(a, "/v1/aliens", """
                {"givenNames":"Race","surname":"Probe","dateOfBirth":"1990-01-01","claimedNationality":"XXX",
                 "unaccompaniedMinor":false,"familyMembers":[],"registeredOn":"%s"}""".formatted(YESTERDAY));
        String kase = post(a, "/v1/cases", """
                {"alienId":"%s","source":"IND","reason":"race","signalledOn":"%s"}""".formatted(alien, YESTERDAY));
        HttpResponse<String> read = HTTP.send(HttpRequest.newBuilder(URI.create(b + "/v1/cases/" + kase))
                .headers(token(b)).GET().build(), HttpResponse.BodyHandlers.ofString());
        for (int i = 0; i < 50 && read.statusCode() != 200; i++) {
            Thread.sleep(100);
            read = HTTP.send(HttpRequest.newBuilder(URI.create(b + "/v1/cases/" + kase))
                    .headers(token(b)).GET().build(), HttpResponse.BodyHandlers.ofString());
        }
        String etag = read.headers().firstValue("ETag").orElseThrow();
        List<Thread> both = new ArrayList<>();
        ConcurrentLinkedQueue<Integer> statuses = new ConcurrentLinkedQueue<>();
        for (String url : List.of(a, b)) {
            both.add(Thread.ofPlatform().start(() -> {
                try {
                    HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(url + "/v1/cases/" + kase
                                    + "/case-manager-assignments"))
                            .header("Content-Type", "application/json").header("If-Match", etag).headers(token(url))
                            .POST(HttpRequest.BodyPublishers.ofString(
                                    "{\"caseManager\":\"rv-race\",\"assignedOn\":\"" + YESTERDAY + "\"}"))
                            .build(), HttpResponse.BodyHandlers.ofString());
                    statuses.add(r.statusCode());
                } catch (Exception e) {
                    statuses.add(-1);
                }
            }));
        }
        for (Thread t : both) t.join();
        long ok = statuses.stream().filter(s -> s >= 200 && s < 300).count();
        long refused = statuses.stream().filter(s -> s == 412 || s == 409).count();
        System.out.printf("same-version commands from both instances: %s (one 2xx and one 412/409: %s)%n",
                statuses, ok == 1 && refused == 1);
        if (ok != 1 || refused != 1) System.exit(1);
    }

    static int get(String url, String path) {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create(url + path)).timeout(Duration.ofSeconds(10))
                    .headers(token(url)).GET().build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (Exception e) {
            return -1;
        }
    }

    /** A DTenV token from the instance's development issuer (each instance has its own key). */
    static String[] token(String url) {
        return TOKENS.computeIfAbsent(url, u -> {
            try {
                HttpResponse<String> token = HTTP.send(HttpRequest.newBuilder(URI.create(u + "/dev/tokens"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"sub\":\"fault-probe\",\"role\":\"DTENV\"}"))
                        .build(), HttpResponse.BodyHandlers.ofString());
                Matcher m = Pattern.compile("\"accessToken\":\"([^\"]+)\"").matcher(token.body());
                if (!m.find()) throw new IllegalStateException("no token: " + token.statusCode());
                return new String[] {"Authorization", "Bearer " + m.group(1)};
            } catch (IOException | InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    static void pause() {
        try { Thread.sleep(50); } catch (InterruptedException e) { Thread.currentThread().interrupt(); }
    }
}
