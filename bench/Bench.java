import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the load generators share (bench/Load.java, bench/Reads.java): one HTTP client, a development token, a GET,
 * clients in parallel, percentiles, and the figures for bench/run.sh's table. bench/lib.sh compiles them together.
 */
final class Bench {

    static final HttpClient HTTP = HttpClient.newBuilder().executor(Executors.newVirtualThreadPerTaskExecutor()).build();

    private Bench() {}

    /** The Authorization header of a DTenV token from the development issuer of the service at {@code base}. */
    static String[] actorHeaders(String base) throws Exception {
        HttpResponse<String> token = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/dev/tokens"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"sub\":\"bench\",\"role\":\"DTENV\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher m = Pattern.compile("\"accessToken\":\"([^\"]+)\"").matcher(token.body());
        if (!m.find()) throw new IllegalStateException("no development token: " + token.statusCode());
        return new String[] {"Authorization", "Bearer " + m.group(1)};
    }

    /** The status of a GET, or -1 when the service could not be reached. */
    static int get(String base, String[] actor, String path) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + path)).headers(actor).GET().build();
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (Exception e) {
            return -1;
        }
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

    /** A figure for bench/run.sh's table, appended to the file named by RESULTS (if set) as key=value. */
    static void result(String key, String value) {
        String file = System.getenv("RESULTS");
        if (file == null || file.isEmpty()) return;
        try {
            Files.writeString(Path.of(file), key + "=" + value + "\n", StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
