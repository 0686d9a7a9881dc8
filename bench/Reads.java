import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads at size against a running service over the persons bench/Seed.java wrote (its ids file): a case's status,
 * a case's history and a person's entitlement, each by N clients for S seconds with random seeded ids. Prints rate,
 * p50 and p99 per read; asserts nothing. Prints no ids.
 *
 * <p>A projection that is still being rebuilt has only the first persons of the store (it follows the global
 * order, and the ids file is in that order): each read first finds, by bisection, how many persons from the start
 * of the file it can answer (200), and draws only from those; the coverage is printed beside the figures.
 * Usage: java bench/Reads.java BASE_URL CLIENTS SECONDS IDS_FILE
 */
public class Reads {

    static final HttpClient HTTP = HttpClient.newBuilder().executor(Executors.newVirtualThreadPerTaskExecutor()).build();
    static String base;
    static String[] actor;

    record Person(String alienId, String caseId) {}

    public static void main(String[] args) throws Exception {
        base = args[0];
        int clients = Integer.parseInt(args[1]);
        int seconds = Integer.parseInt(args[2]);
        List<Person> persons = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of(args[3]))) {
            String[] parts = line.split(" ");
            persons.add(new Person(parts[0], parts[1]));
        }
        List<Person> withCase = persons.stream().filter(p -> !p.caseId().equals("-")).toList();
        actor = actorHeaders();
        // A fresh JVM reads slowly until the JIT has compiled the read path: READ_WARMUP seconds of each, unmeasured.
        int warmup = Integer.parseInt(System.getenv().getOrDefault("READ_WARMUP", "0"));
        for (boolean measured : warmup > 0 ? new boolean[] {false, true} : new boolean[] {true}) {
            int s = measured ? seconds : warmup;
            read("case status   GET /v1/cases/{id}", "case_status", withCase, p -> "/v1/cases/" + p.caseId(), clients, s, measured);
            read("case history  GET /v1/cases/{id}/history", "history", withCase,
                    p -> "/v1/cases/" + p.caseId() + "/history", clients, s, measured);
            read("entitlement   GET /v1/aliens/{id}/entitlement", "entitlement", persons,
                    p -> "/v1/aliens/" + p.alienId() + "/entitlement", clients, s, measured);
        }
    }

    static void read(String name, String key, List<Person> persons, Function<Person, String> path, int clients,
            int seconds, boolean measured) throws InterruptedException {
        int covered = covered(persons, path);
        if (covered == 0) {
            System.out.printf("%-48s no seeded person answered yet (status %d)%n", name, get(path.apply(persons.get(0))));
            return;
        }
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        AtomicLong failures = new AtomicLong();
        long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        runClients(clients, () -> {
            List<Long> mine = new ArrayList<>();
            while (System.nanoTime() < end) {
                Person p = persons.get(ThreadLocalRandom.current().nextInt(covered));
                long started = System.nanoTime();
                int status = get(path.apply(p));
                mine.add(System.nanoTime() - started);
                if (status != 200) failures.incrementAndGet();
            }
            latencies.addAll(mine);
        });
        if (!measured) return;
        System.out.printf("%-48s %6.0f/s  p50 %6.2f ms  p99 %6.2f ms  (%d clients, %d s, %d not 200; over %,d of %,d persons)%n",
                name, latencies.size() / (double) seconds, percentile(latencies, 50) / 1e6,
                percentile(latencies, 99) / 1e6, clients, seconds, failures.get(), covered, persons.size());
        String prefix = "size_" + key + (clients == 1 ? "_1client" : "");
        result(prefix + "_per_s", "%.0f".formatted(latencies.size() / (double) seconds));
        result(prefix + "_p50_ms", "%.1f".formatted(percentile(latencies, 50) / 1e6));
        result(prefix + "_p99_ms", "%.1f".formatted(percentile(latencies, 99) / 1e6));
    }

    /** A figure for bench/run.sh's table, appended to the file named by RESULTS (if set) as key=value. */
    static void result(String key, String value) {
        String file = System.getenv("RESULTS");
        if (file == null || file.isEmpty()) return;
        try {
            Files.writeString(Path.of(file), key + "=" + value + "\n", java.nio.file.StandardOpenOption.CREATE,
                    java.nio.file.StandardOpenOption.APPEND);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** How many persons from the start of the list the read answers: bisection on 200 (projections fill in order). */
    static int covered(List<Person> persons, Function<Person, String> path) {
        if (get(path.apply(persons.get(persons.size() - 1))) == 200) return persons.size();
        int low = 0, high = persons.size() - 1; // persons[low - 1] answers, persons[high] does not
        while (low < high) {
            int mid = (low + high) / 2;
            if (get(path.apply(persons.get(mid))) == 200) low = mid + 1;
            else high = mid;
        }
        return low;
    }

    static int get(String path) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + path)).headers(actor).GET().build();
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (Exception e) {
            return -1;
        }
    }

    /** A DTenV token from the development issuer (as bench/Load.java). */
    static String[] actorHeaders() throws Exception {
        HttpResponse<String> token = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/dev/tokens"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"sub\":\"bench\",\"role\":\"DTENV\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher m = Pattern.compile("\"accessToken\":\"([^\"]+)\"").matcher(token.body());
        if (!m.find()) throw new IllegalStateException("no development token: " + token.statusCode());
        return new String[] {"Authorization", "Bearer " + m.group(1)};
    }

    static void runClients(int clients, Runnable client) throws InterruptedException {
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < clients; i++) threads.add(Thread.ofPlatform().start(client));
        for (Thread t : threads) t.join();
    }

    static double percentile(List<Long> values, int p) {
        if (values.isEmpty()) return Double.NaN;
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }
}
