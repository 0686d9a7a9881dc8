import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * Reads at size against a running service over the persons bench/Seed.java wrote (its ids file): a case's status,
 * a case's history and a person's entitlement, each by N clients for S seconds with random seeded ids. Prints rate,
 * p50 and p99 per read; asserts nothing. Prints no ids.
 *
 * <p>A projection that is still being rebuilt has only the first persons of the store (it follows the global
 * order, and the ids file is in that order): each read first finds, by bisection, how many persons from the start
 * of the file it can answer (200), and draws only from those; the coverage is printed beside the figures.
 * Usage (bench/lib.sh compiles it with bench/Bench.java): bench_java Reads BASE_URL CLIENTS SECONDS IDS_FILE
 */
public class Reads {

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
        actor = Bench.actorHeaders(base);
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
        Bench.runClients(clients, () -> {
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
                name, latencies.size() / (double) seconds, Bench.percentile(latencies, 50) / 1e6,
                Bench.percentile(latencies, 99) / 1e6, clients, seconds, failures.get(), covered, persons.size());
        String prefix = "size_" + key + (clients == 1 ? "_1client" : "");
        Bench.result(prefix + "_per_s", "%.0f".formatted(latencies.size() / (double) seconds));
        Bench.result(prefix + "_p50_ms", "%.1f".formatted(Bench.percentile(latencies, 50) / 1e6));
        Bench.result(prefix + "_p99_ms", "%.1f".formatted(Bench.percentile(latencies, 99) / 1e6));
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
        return Bench.get(base, actor, path);
    }
}
