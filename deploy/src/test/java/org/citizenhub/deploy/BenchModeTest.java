package org.citizenhub.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * {@code ./hub start --bench} raises, for that local run only, the gateway limits a one-machine load generator would
 * otherwise measure instead of the gateway: the public per-IP bucket and every named route limit.
 */
class BenchModeTest {

    private static final Path GATEWAY_CONFIG = Path.of("..", "gateway", "src", "main", "resources", "application.yml");

    @Test
    void benchmark_mode_raises_the_per_ip_bucket_and_each_route_limit_per_user_and_per_address() {
        assertThat(LocalHub.BENCH_GATEWAY_ARGS).contains(
                "--hub.gateway.rate-limit.groups.public.ip.replenish-rate=100000",
                "--hub.gateway.rate-limit.routes.survey-participation.user.replenish=100000",
                "--hub.gateway.rate-limit.routes.survey-participation.user.period=1s",
                "--hub.gateway.rate-limit.routes.survey-participation.user.burst=200000",
                "--hub.gateway.rate-limit.routes.survey-participation.ip.replenish=100000",
                "--hub.gateway.rate-limit.routes.survey-participation.ip.period=1s",
                "--hub.gateway.rate-limit.routes.survey-participation.ip.burst=200000");
        // nothing else: per-user listener buckets, authentication and the limiter itself stay as configured
        assertThat(LocalHub.BENCH_GATEWAY_ARGS).allMatch(a -> a.startsWith("--hub.gateway.rate-limit.groups.public.ip.")
                || a.startsWith("--hub.gateway.rate-limit.routes."));
    }

    @Test
    void every_named_route_limit_of_the_gateway_is_raised_and_none_that_it_lacks() throws IOException {
        List<String> routes = namedRouteLimits(Files.readString(GATEWAY_CONFIG));

        // a gateway without route limits ignores the arguments; one with them must know every name raised, or the
        // raised limits alone would make a route without paths, which the gateway refuses at start
        assertThat(LocalHub.BENCH_RAISED_ROUTES).containsAll(routes);
        if (!routes.isEmpty()) {
            assertThat(routes).containsAll(LocalHub.BENCH_RAISED_ROUTES);
        }
    }

    @Test
    void the_route_limits_are_read_from_the_gateway_configuration() {
        String yaml = """
                hub:
                  gateway:
                    rate-limit:
                      groups:
                        public:
                          user: { replenish-rate: 10, burst-capacity: 20 }
                      # named limits
                      routes:
                        # participation writes
                        survey-participation:
                          listener: public
                          paths: ["/api/survey/**"]
                          user: { replenish: 6, period: 1m, burst: 5 }

                        hall-ratings:
                          paths: ["/api/service-hall/**"]
                          user: { replenish: 1, period: 1m, burst: 1 }
                    resilience:
                      time-limit: 10s
                """;

        assertThat(namedRouteLimits(yaml)).containsExactly("survey-participation", "hall-ratings");
        assertThat(LocalHub.BENCH_RAISED_ROUTES).doesNotContain("hall-ratings"); // this one would fail the test above
        assertThat(namedRouteLimits("hub:\n  gateway:\n    rate-limit:\n      enabled: true\n")).isEmpty();
    }

    /** The keys under {@code hub.gateway.rate-limit.routes} of the gateway's application.yml. */
    static List<String> namedRouteLimits(String yaml) {
        List<String> names = new ArrayList<>();
        Pattern key = Pattern.compile("^( *)([A-Za-z0-9_-]+):.*$");
        int rateLimit = -1;
        int routes = -1;
        int entry = -1;
        for (String line : yaml.split("\n")) {
            if (line.isBlank() || line.trim().startsWith("#")) {
                continue;
            }
            Matcher m = key.matcher(line);
            int indent = line.length() - line.stripLeading().length();
            if (routes >= 0 && indent <= routes) {
                break;
            }
            if (rateLimit >= 0 && indent <= rateLimit) {
                rateLimit = -1;
            }
            if (!m.matches()) {
                continue;
            }
            String name = m.group(2);
            if (routes >= 0) {
                if (entry < 0) {
                    entry = indent;
                }
                if (indent == entry) {
                    names.add(name);
                }
            } else if (rateLimit >= 0 && name.equals("routes")) {
                routes = indent;
            } else if (name.equals("rate-limit")) {
                rateLimit = indent;
            }
        }
        return names;
    }
}
