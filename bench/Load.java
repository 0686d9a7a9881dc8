import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Load against a running service (bench/run.sh starts one): sustained command writes from N concurrent clients,
 * projection lag at half that rate, and read latency of a case's status. Prints figures; asserts nothing.
 * Usage (bench/lib.sh compiles it with bench/Bench.java): bench_java Load BASE_URL CLIENTS WRITE_SECONDS
 */
public class Load {

    static final Pattern ID = Pattern.compile("\"(alienId|caseId)\":\"([0-9a-f-]{36})\"");
    static final HttpClient HTTP = Bench.HTTP;
    static String base;
    static String[] actor;

    public static void main(String[] args) throws Exception {
        base = args[0];
        actor = Bench.actorHeaders(base);
        int clients = Integer.parseInt(args[1]);
        int seconds = Integer.parseInt(args[2]);

        // 1. Sustained writes: each client registers a person and signals a case for them, as fast as it can.
        AtomicLong commands = new AtomicLong();
        AtomicLong failures = new AtomicLong();
        ConcurrentLinkedQueue<String> cases = new ConcurrentLinkedQueue<>();
        long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        Bench.runClients(clients, () -> {
            while (System.nanoTime() < end) {
                String caseId = registerAndSignal(commands, failures);
                if (caseId != null) cases.add(caseId);
            }
        });
        double writeRate = commands.get() / (double) seconds;
        System.out.printf("writes: %d commands in %d s from %d clients = %.0f commands/s (%d failed)%n",
                commands.get(), seconds, clients, writeRate, failures.get());
        Bench.result("writes_per_s", "%.0f".formatted(writeRate));
        Bench.result("write_failures", Long.toString(failures.get()));

        // 2. Projection lag at half the write rate: time from a 201 until the case's status is readable.
        List<Long> lags = Collections.synchronizedList(new ArrayList<>());
        double perClientInterval = clients / (writeRate / 2 / 2); // two commands per iteration
        long lagEnd = System.nanoTime() + Duration.ofSeconds(Math.max(5, seconds / 2)).toNanos();
        Bench.runClients(clients, () -> {
            while (System.nanoTime() < lagEnd) {
                long started = System.nanoTime();
                String caseId = registerAndSignal(new AtomicLong(), failures);
                long acknowledged = System.nanoTime();
                if (caseId != null) {
                    while (get("/v1/cases/" + caseId) != 200) Thread.onSpinWait();
                    lags.add(System.nanoTime() - acknowledged);
                }
                long sleep = (long) (perClientInterval * 1e9) - (System.nanoTime() - started);
                if (sleep > 0) sleepNanos(sleep);
            }
        });
        System.out.printf("projection lag at ~%.0f commands/s: p50 %.1f ms, p99 %.1f ms (%d samples)%n",
                writeRate / 2, Bench.percentile(lags, 50) / 1e6, Bench.percentile(lags, 99) / 1e6, lags.size());
        Bench.result("lag_rate", "%.0f".formatted(writeRate / 2));
        Bench.result("lag_p50_ms", "%.0f".formatted(Bench.percentile(lags, 50) / 1e6));
        Bench.result("lag_p99_ms", "%.0f".formatted(Bench.percentile(lags, 99) / 1e6));

        // 3. Reads: a case's status, by all clients, over the cases written above.
        List<String> ids = new ArrayList<>(cases);
        List<Long> reads = Collections.synchronizedList(new ArrayList<>());
        long readEnd = System.nanoTime() + Duration.ofSeconds(Math.max(5, seconds / 2)).toNanos();
        Bench.runClients(clients, () -> {
            java.util.Random random = new java.util.Random();
            while (System.nanoTime() < readEnd) {
                long started = System.nanoTime();
                get("/v1/cases/" + ids.get(random.nextInt(ids.size())));
                reads.add(System.nanoTime() - started);
            }
        });
        System.out.printf("reads (case status, %d cases stored by this run): %.0f/s, p50 %.2f ms, p99 %.2f ms%n",
                ids.size(), reads.size() / (double) Math.max(5, seconds / 2), Bench.percentile(reads, 50) / 1e6,
                Bench.percentile(reads, 99) / 1e6);
        Bench.result("small_reads_per_s", "%.0f".formatted(reads.size() / (double) Math.max(5, seconds / 2)));
        Bench.result("small_reads_p50_ms", "%.1f".formatted(Bench.percentile(reads, 50) / 1e6));
        Bench.result("small_reads_p99_ms", "%.1f".formatted(Bench.percentile(reads, 99) / 1e6));
    }

    static String registerAndSignal(AtomicLong commands, AtomicLong failures) {
        String alien = post("/v1/aliens", """
                {"givenNames":"Bench","surname":"Mark","dateOfBirth":"1990-01-01","claimedNationality":"XXX",
                 "unaccompaniedMinor":false,"familyMembers":[],"registeredOn":"%s"}""".formatted(LocalDate.now().minusDays(1)));
        if (alien == null) { failures.incrementAndGet(); return null; }
        commands.incrementAndGet();
        String signalled = post("/v1/cases", """
                {"alienId":"%s","source":"IND","reason":"bench","signalledOn":"%s"}""".formatted(alien, LocalDate.now().minusDays(1)));
        if (signalled == null) { failures.incrementAndGet(); return null; }
        commands.incrementAndGet();
        return signalled;
    }

    static String post(String path, String body) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/json")
                .headers(actor)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 201) return null;
            Matcher m = ID.matcher(response.body());
            return m.find() ? m.group(2) : null;
        } catch (Exception e) {
            return null;
        }
    }

    static int get(String path) {
        return Bench.get(base, actor, path);
    }

    static void sleepNanos(long nanos) {
        try { Thread.sleep(Duration.ofNanos(nanos)); } catch (InterruptedException e) { Thread.currentThread().interrupt(); }
    }
}
