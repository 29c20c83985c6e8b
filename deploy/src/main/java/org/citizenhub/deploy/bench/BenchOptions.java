package org.citizenhub.deploy.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Options of {@code ./hub bench} ({@code java -jar citizen-hub-local.jar bench ...}).
 *
 * @param rates       offered rates (requests per second); each rate runs against every target in turn
 * @param duration    measured part of each phase
 * @param warmup      unmeasured part at the same rate before it (JIT, connection pools, caches)
 * @param users       citizen accounts the requests are spread over (each request picks one at random)
 * @param targets     {@code gateway} and/or {@code direct}, in that order
 * @param maxInFlight requests outstanding at once before the generator counts further ones as dropped
 *                    (it never waits for a response before starting the next request: open model)
 * @param timeout     per request; a request without a response by then counts as an error
 * @param gatewayUrl  the gateway's public base URL
 * @param directUrl   mailbox-service's own base URL
 * @param keycloakUrl Keycloak's base URL (admin {@code admin}/{@code admin} of the local runner only)
 * @param out         where the JSON and Markdown reports go
 * @param pause       idle time between phases, so that one phase's after-effects (the services' queues, the outbox
 *                    sending events to Kafka, garbage collection) do not land in the next
 * @param scenario    what the citizens submit: letters (mailbox-service) or consultations (consultation-service)
 */
public record BenchOptions(List<Integer> rates, Duration duration, Duration warmup, int users, List<String> targets,
                           int maxInFlight, Duration timeout, String gatewayUrl, String directUrl, String keycloakUrl,
                           Path out, Duration pause, BenchScenario scenario) {

    public static final String USAGE = """
            usage: ./hub bench [--scenario letters|consultations] [--rate 100,250,500] [--duration 30s]
                               [--warmup 10s] [--users 200] [--targets gateway,direct] [--max-in-flight 2000]
                               [--timeout 30s] [--gateway http://127.0.0.1:8080]
                               [--direct http://127.0.0.1:8102 (letters) | :8103 (consultations)]
                               [--keycloak http://127.0.0.1:8180] [--out target/bench] [--pause 10s]
              Citizens submitting letters (POST /letters, mailbox-service) or consultations, complaints and error
              reports (POST /cases, consultation-service) at a fixed offered rate (open model), first through the
              gateway, then straight to the service. Needs the local hub running: ./hub start --bench""";

    public BenchOptions {
        if (rates.isEmpty() || rates.stream().anyMatch(r -> r <= 0)) {
            throw new IllegalArgumentException("--rate must be one or more positive numbers, e.g. --rate 100,250,500");
        }
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException("--duration must be positive");
        }
        if (warmup.isNegative()) {
            throw new IllegalArgumentException("--warmup must not be negative");
        }
        if (users < 1) {
            throw new IllegalArgumentException("--users must be at least 1");
        }
        for (String t : targets) {
            if (!t.equals("gateway") && !t.equals("direct")) {
                throw new IllegalArgumentException("--targets takes gateway and/or direct, not " + t);
            }
        }
        if (targets.isEmpty()) {
            throw new IllegalArgumentException("--targets must name gateway and/or direct");
        }
        if (maxInFlight < 1) {
            throw new IllegalArgumentException("--max-in-flight must be at least 1");
        }
        if (scenario == null) {
            throw new IllegalArgumentException("--scenario must be letters or consultations");
        }
        if (pause.isNegative()) {
            throw new IllegalArgumentException("--pause must not be negative");
        }
        rates = List.copyOf(rates);
        targets = List.copyOf(targets);
    }

    public static BenchOptions defaults() {
        return new BenchOptions(List.of(100, 250, 500), Duration.ofSeconds(30), Duration.ofSeconds(10), 200,
                List.of("gateway", "direct"), 2000, Duration.ofSeconds(30), "http://127.0.0.1:8080",
                BenchScenario.LETTERS.defaultDirectUrl(), "http://127.0.0.1:8180", Path.of("target", "bench"),
                Duration.ofSeconds(10), BenchScenario.LETTERS);
    }

    /** Parses {@code --name value} pairs over the defaults. */
    public static BenchOptions parse(String... args) {
        BenchOptions o = defaults();
        List<Integer> rates = o.rates;
        Duration duration = o.duration;
        Duration warmup = o.warmup;
        int users = o.users;
        List<String> targets = o.targets;
        int maxInFlight = o.maxInFlight;
        Duration timeout = o.timeout;
        String gateway = o.gatewayUrl;
        String direct = null;
        BenchScenario scenario = o.scenario;
        String keycloak = o.keycloakUrl;
        Path out = o.out;
        Duration pause = o.pause;
        for (int i = 0; i < args.length; i++) {
            String name = args[i];
            if (!name.startsWith("--") || i + 1 >= args.length) {
                throw new IllegalArgumentException("expected --option value, got " + name);
            }
            String value = args[++i];
            switch (name) {
                case "--rate", "--rates" -> rates = integers(value);
                case "--duration" -> duration = duration(value);
                case "--warmup" -> warmup = duration(value);
                case "--users" -> users = Integer.parseInt(value);
                case "--targets", "--target" -> targets = List.of(value.split(","));
                case "--max-in-flight" -> maxInFlight = Integer.parseInt(value);
                case "--timeout" -> timeout = duration(value);
                case "--gateway" -> gateway = stripSlash(value);
                case "--direct" -> direct = stripSlash(value);
                case "--keycloak" -> keycloak = stripSlash(value);
                case "--out" -> out = Path.of(value);
                case "--pause" -> pause = duration(value);
                case "--scenario" -> scenario = BenchScenario.parse(value);
                default -> throw new IllegalArgumentException("unknown option " + name);
            }
        }
        return new BenchOptions(rates, duration, warmup, users, targets, maxInFlight, timeout, gateway,
                direct != null ? direct : scenario.defaultDirectUrl(), keycloak, out, pause, scenario);
    }

    /** "30s", "2m", "500ms", or plain seconds ("30"). */
    static Duration duration(String value) {
        String v = value.trim().toLowerCase(Locale.ROOT);
        try {
            if (v.endsWith("ms")) {
                return Duration.ofMillis(Long.parseLong(v.substring(0, v.length() - 2)));
            }
            if (v.endsWith("s")) {
                return Duration.ofSeconds(Long.parseLong(v.substring(0, v.length() - 1)));
            }
            if (v.endsWith("m")) {
                return Duration.ofMinutes(Long.parseLong(v.substring(0, v.length() - 1)));
            }
            return Duration.ofSeconds(Long.parseLong(v));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a duration: " + value + " (e.g. 30s, 2m, 500ms)");
        }
    }

    private static List<Integer> integers(String value) {
        List<Integer> list = new ArrayList<>();
        for (String part : value.split(",")) {
            try {
                list.add(Integer.parseInt(part.trim()));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("not a rate: " + part);
            }
        }
        return list;
    }

    private static String stripSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    /** The URL submissions are posted to for a target. */
    public String submissionUrl(String target) {
        return scenario.url(target, gatewayUrl, directUrl);
    }
}
