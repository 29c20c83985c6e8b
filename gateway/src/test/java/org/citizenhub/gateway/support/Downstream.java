package org.citizenhub.gateway.support;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

/**
 * A real HTTP server standing in for a service behind the gateway (JDK {@link HttpServer} on 127.0.0.1, a free port):
 * records every request it receives (method, path, headers, body size) and answers 200 with a small JSON body.
 *
 * <p>Paths ending in {@code /live} answer a Server-Sent Events stream: a {@code :connected} comment at once, then an
 * event every 200 ms for {@code ?ms=} milliseconds (default 1000), then the end of the stream.
 */
public final class Downstream implements AutoCloseable {

    public record Received(String method, String path, Map<String, List<String>> headers, long bodyBytes) {

        public String header(String name) {
            for (Map.Entry<String, List<String>> e : headers.entrySet()) {
                if (e.getKey().equalsIgnoreCase(name)) {
                    return e.getValue().isEmpty() ? null : e.getValue().getFirst();
                }
            }
            return null;
        }
    }

    /** How long requests to paths starting with {@code /slow} take. */
    public static final java.time.Duration SLOW = java.time.Duration.ofSeconds(4);

    private final String name;
    private final HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();

    private Downstream(String name) {
        this.name = name;
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // streams hold a thread each for their whole life
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.createContext("/", exchange -> {
            long bytes;
            try (InputStream body = exchange.getRequestBody()) {
                bytes = body.transferTo(java.io.OutputStream.nullOutputStream());
            }
            Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            headers.putAll(exchange.getRequestHeaders());
            received.add(new Received(exchange.getRequestMethod(), exchange.getRequestURI().getRawPath(), headers, bytes));
            if (exchange.getRequestURI().getRawPath().endsWith("/live")) {
                stream(exchange);
                return;
            }
            if (exchange.getRequestURI().getRawPath().startsWith("/slow")) {
                // A service that hangs longer than the gateway's time limit.
                try {
                    Thread.sleep(SLOW.toMillis());
                }
                catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            byte[] answer = ("{\"service\":\"" + name + "\",\"path\":\"" + exchange.getRequestURI().getRawPath() + "\"}")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
        });
        server.start();
    }

    private static void stream(com.sun.net.httpserver.HttpExchange exchange) throws IOException {
        String query = exchange.getRequestURI().getRawQuery();
        long lasts = query != null && query.startsWith("ms=") ? Long.parseLong(query.substring(3)) : 1000;
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream");
        exchange.sendResponseHeaders(200, 0);
        try (var body = exchange.getResponseBody()) {
            body.write(":connected\n\n".getBytes(StandardCharsets.UTF_8));
            body.flush();
            long end = System.nanoTime() + lasts * 1_000_000;
            int n = 0;
            while (System.nanoTime() < end) {
                Thread.sleep(200);
                body.write(("event: answer\ndata: {\"n\":" + n++ + "}\n\n").getBytes(StandardCharsets.UTF_8));
                body.flush();
            }
            body.write("event: end\ndata: {}\n\n".getBytes(StandardCharsets.UTF_8));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException clientLeft) {
            // the gateway closed the stream (its client left): nothing more to send
        } finally {
            exchange.close();
        }
    }

    public static Downstream start(String name) {
        return new Downstream(name);
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public List<Received> received() {
        return List.copyOf(received);
    }

    /** The requests received for exactly this path. */
    public List<Received> receivedFor(String path) {
        return received.stream().filter(r -> r.path().equals(path)).toList();
    }

    @Override
    public void close() {
        server.stop(0);
        if (server.getExecutor() instanceof java.util.concurrent.ExecutorService executor) {
            executor.shutdownNow();
        }
    }
}
