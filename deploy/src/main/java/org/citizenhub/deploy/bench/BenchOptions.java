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
 * @param scenario    what the citizens submit: letters (mailbox-service), consultations (consultation-service) or
 *                    survey answers (survey-service)
 * @param surveyMode  the answer mode of the surveys scenario's survey: {@code REAL_NAME} or {@code ANONYMOUS}
 * @param surveyMaxResponses the survey's overall maximum of responses, or null for none: with one, every answer also
 *                    counts itself on the survey's row ({@code accepted < max_responses}), the hot row of a popular
 *                    survey with a cap
 */
public record BenchOptions(List<Integer> rates, Duration duration, Duration warmup, int users, List<String> targets,
                           int maxInFlight, Duration timeout, String gatewayUrl, String directUrl, String keycloakUrl,
                           Path out, Duration pause, BenchScenario scenario, String surveyMode,
                           Integer surveyMaxResponses) {

    /** The surveys scenario's defaults: a popular survey's peak is tens of answers a second, not hundreds. */
    static final List<Integer> SURVEY_RATES = List.of(20, 50, 100);
    static final Duration SURVEY_DURATION = Duration.ofSeconds(20);

    public static final String USAGE = """
            usage: ./hub bench [--scenario letters|consultations|surveys] [--rate 100,250,500] [--duration 30s]
                               [--warmup 10s] [--users 200] [--targets gateway,direct] [--max-in-flight 2000]
                               [--timeout 30s] [--gateway http://127.0.0.1:8080]
                               [--direct http://127.0.0.1:8102 (letters) | :8103 (consultations) | :8104 (surveys)]
                               [--keycloak http://127.0.0.1:8180] [--out target/bench] [--pause 10s]
                               [--survey-mode real-name|anonymous] [--survey-max-responses N]
              Citizens submitting letters (POST /letters, mailbox-service), consultations, complaints and error
              reports (POST /cases, consultation-service) or answers to one popular survey (POST
              /surveys/{id}/responses, survey-service; a new survey per phase, one answer per citizen) at a fixed
              offered rate (open model), first through the gateway, then straight to the service.
              surveys: defaults --rate 20,50,100 --duration 20s, and as many citizens as the largest phase sends
              answers (--users, if given, must be at least that).
              Needs the local hub running: ./hub start --bench""";

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
        if (!"REAL_NAME".equals(surveyMode) && !"ANONYMOUS".equals(surveyMode)) {
            throw new IllegalArgumentException("--survey-mode takes real-name or anonymous, not " + surveyMode);
        }
        if (surveyMaxResponses != null && surveyMaxResponses < 1) {
            throw new IllegalArgumentException("--survey-max-responses must be at least 1");
        }
        rates = List.copyOf(rates);
        if (scenario.oneAnswerPerCitizen() && users < citizensNeeded(rates, warmup, duration)) {
            throw new IllegalArgumentException("--scenario " + scenario.cliName() + " takes one answer per citizen, so"
                    + " a phase needs as many citizens as it sends answers: " + citizensNeeded(rates, warmup, duration)
                    + " at " + rates.stream().mapToInt(Integer::intValue).max().orElse(0) + "/s, not --users " + users
                    + " (leave --users out, or lower --rate, --duration or --warmup)");
        }
        targets = List.copyOf(targets);
    }

    public static BenchOptions defaults() {
        return new BenchOptions(List.of(100, 250, 500), Duration.ofSeconds(30), Duration.ofSeconds(10), 200,
                List.of("gateway", "direct"), 2000, Duration.ofSeconds(30), "http://127.0.0.1:8080",
                BenchScenario.LETTERS.defaultDirectUrl(), "http://127.0.0.1:8180", Path.of("target", "bench"),
                Duration.ofSeconds(10), BenchScenario.LETTERS, "REAL_NAME", null);
    }

    /**
     * Citizens a one-answer-per-citizen scenario needs: every request of its largest phase (warm-up ramp included)
     * from a different citizen. Phases answer different surveys, so they reuse the same citizens.
     */
    static int citizensNeeded(List<Integer> rates, Duration warmup, Duration duration) {
        long most = 0;
        for (int rate : rates) {
            most = Math.max(most, new OpenSchedule(0, rate, warmup, duration).totalRequests());
        }
        return Math.toIntExact(most);
    }

    /** Parses {@code --name value} pairs over the defaults. */
    public static BenchOptions parse(String... args) {
        BenchOptions o = defaults();
        List<Integer> rates = null;
        Duration duration = null;
        Duration warmup = o.warmup;
        Integer users = null;
        String surveyMode = o.surveyMode;
        Integer surveyMaxResponses = null;
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
                case "--survey-max-responses" -> surveyMaxResponses = Integer.parseInt(value);
                case "--survey-mode" -> surveyMode = switch (value.toLowerCase(Locale.ROOT)) {
                    case "real-name", "real_name" -> "REAL_NAME";
                    case "anonymous" -> "ANONYMOUS";
                    default -> throw new IllegalArgumentException("--survey-mode takes real-name or anonymous, not "
                            + value);
                };
                default -> throw new IllegalArgumentException("unknown option " + name);
            }
        }
        boolean surveys = scenario.oneAnswerPerCitizen();
        if (rates == null) {
            rates = surveys ? SURVEY_RATES : o.rates;
        }
        if (duration == null) {
            duration = surveys ? SURVEY_DURATION : o.duration;
        }
        if (users == null) {
            users = surveys && !rates.isEmpty() && rates.stream().allMatch(r -> r > 0)
                    ? Math.max(1, citizensNeeded(rates, warmup, duration)) : o.users;
        }
        return new BenchOptions(rates, duration, warmup, users, targets, maxInFlight, timeout, gateway,
                direct != null ? direct : scenario.defaultDirectUrl(), keycloak, out, pause, scenario, surveyMode,
                surveyMaxResponses);
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

    /**
     * The name of the run's report files and of its scenario in the run history: the scenario's, and for surveys
     * with {@code -anonymous} and/or {@code -capped} (an overall maximum of responses) appended, so that a run is
     * only compared with earlier runs of the same kind of survey.
     */
    public String reportName() {
        if (!scenario.oneAnswerPerCitizen()) {
            return scenario.cliName();
        }
        return scenario.cliName() + (surveyMode.equals("ANONYMOUS") ? "-anonymous" : "")
                + (surveyMaxResponses != null ? "-capped" : "");
    }

    /** The URL submissions are posted to for a target ({@link BenchScenario#SURVEY} in it for surveys). */
    public String submissionUrl(String target) {
        return scenario.url(target, gatewayUrl, directUrl);
    }

    /** The URL the answers to {@code survey} are posted to for a target. */
    public String submissionUrl(String target, java.util.UUID survey) {
        return scenario.url(target, gatewayUrl, directUrl, survey);
    }
}
