package nl.terugkeer.api.feed;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A real webhook receiver on a random local port: records every request it accepts (and counts those it refuses),
 * refuses the first {@code failFirst} with 500, or all while {@link #down} is set, and may answer slowly.
 */
final class Receiver implements AutoCloseable {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    record Received(String id, String signature, String contentType, String body) {
        JsonNode json() {
            return JSON.readTree(body);
        }
    }

    final List<Received> accepted = new CopyOnWriteArrayList<>();
    final AtomicInteger refused = new AtomicInteger();
    final AtomicInteger requests = new AtomicInteger();
    private final AtomicInteger failFirst;
    volatile boolean down;
    volatile long delayMillis;
    private final HttpServer server;

    Receiver(int failFirst) throws IOException {
        this.failFirst = new AtomicInteger(failFirst);
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.createContext("/hook", exchange -> {
            requests.incrementAndGet();
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            if (delayMillis > 0) {
                try {
                    Thread.sleep(delayMillis); // the receiver is slow; the test itself never sleeps
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                }
            }
            int status;
            if (down || this.failFirst.getAndDecrement() > 0) {
                refused.incrementAndGet();
                status = 500;
            } else {
                accepted.add(new Received(
                        exchange.getRequestHeaders().getFirst("Webhook-Id"),
                        exchange.getRequestHeaders().getFirst("Webhook-Signature"),
                        exchange.getRequestHeaders().getFirst("Content-Type"),
                        body));
                status = 204;
            }
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
    }

    List<String> ids() {
        return new ArrayList<>(accepted.stream().map(Received::id).toList());
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
