package org.citizenhub.gateway.config;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/** Everything the gateway itself is configured with ({@code hub.gateway.*}). */
@ConfigurationProperties("hub.gateway")
@Validated
public class HubGatewayProperties {

    private final Admin admin = new Admin();
    /** Largest request body accepted; larger ones are answered 413 and never forwarded. */
    private DataSize maxBodySize = DataSize.ofMegabytes(1);
    /**
     * Larger (or smaller) limits for some paths of the public and admin ports, by Ant pattern (e.g. the services'
     * attachment uploads, {@code /api/&#42;/attachments}); the first matching pattern wins, in the order given.
     */
    private Map<String, DataSize> maxBodySizeOverrides = new LinkedHashMap<>();
    /**
     * Requests on the public port that need no token: "METHOD /ant/pattern" (or just "/ant/pattern" for any
     * method). Everything else on the public port needs a valid token.
     */
    private List<String> publicPaths = new ArrayList<>();
    private final Cors cors = new Cors();
    @Valid
    private final RateLimit rateLimit = new RateLimit();
    private final Resilience resilience = new Resilience();
    /**
     * Long-lived streams (Server-Sent Events) that get a route of their own: no time limit, no circuit breaker and
     * no bulkhead permit of their service's route, but a limit of open streams per instance and per client address.
     */
    private Map<String, @Valid Stream> streams = new LinkedHashMap<>();

    public Admin getAdmin() {
        return admin;
    }

    public DataSize getMaxBodySize() {
        return maxBodySize;
    }

    public void setMaxBodySize(DataSize maxBodySize) {
        this.maxBodySize = maxBodySize;
    }

    public Map<String, DataSize> getMaxBodySizeOverrides() {
        return maxBodySizeOverrides;
    }

    public void setMaxBodySizeOverrides(Map<String, DataSize> maxBodySizeOverrides) {
        this.maxBodySizeOverrides = maxBodySizeOverrides;
    }

    public List<String> getPublicPaths() {
        return publicPaths;
    }

    public void setPublicPaths(List<String> publicPaths) {
        this.publicPaths = publicPaths;
    }

    public Cors getCors() {
        return cors;
    }

    public RateLimit getRateLimit() {
        return rateLimit;
    }

    public Resilience getResilience() {
        return resilience;
    }

    public Map<String, Stream> getStreams() {
        return streams;
    }

    public void setStreams(Map<String, Stream> streams) {
        this.streams = streams;
    }

    /**
     * One stream route: {@code GET <path>} on the public listener, forwarded to {@code service} with
     * {@code /api/<service>} stripped.
     *
     * @param service          the {@code hub.services} entry the streams come from
     * @param path             the streams' path pattern, under {@code /api/<service>/}
     * @param maxOpen          streams open at once through this gateway instance; more are answered 503
     * @param maxOpenPerClient streams open at once from one client address; more are answered 429
     */
    public record Stream(@NotNull @Pattern(regexp = "[a-z0-9-]+") String service,
                         @NotNull @Pattern(regexp = "/api/.+") String path,
                         @DefaultValue("1000") @Positive int maxOpen,
                         @DefaultValue("4") @Positive int maxOpenPerClient) {

        public Stream {
            if (service != null && path != null && !path.startsWith("/api/" + service + "/")) {
                throw new IllegalArgumentException("stream path " + path + " is not under /api/" + service + "/");
            }
        }
    }

    /** The back-office listener. */
    public static class Admin {
        /** Port of the back-office API; 0 picks a free one (tests). */
        private int port = 8090;
        /** Address the back-office listener binds to; keep it off the internet. */
        private String address = "127.0.0.1";
        /** Whether to start the back-office listener at all. */
        private boolean enabled = true;

        public int getPort() {
            return port;
        }

        public void setPort(int port) {
            this.port = port;
        }

        public String getAddress() {
            return address;
        }

        public void setAddress(String address) {
            this.address = address;
        }

        public boolean isEnabled() {
            return enabled;
        }

        public void setEnabled(boolean enabled) {
            this.enabled = enabled;
        }
    }

    public static class Cors {
        /** Browser origins allowed to call the API (the portal). */
        private List<String> allowedOrigins = new ArrayList<>(List.of("http://127.0.0.1:8080", "http://localhost:8080"));
        private Duration maxAge = Duration.ofHours(1);

        public List<String> getAllowedOrigins() {
            return allowedOrigins;
        }

        public void setAllowedOrigins(List<String> allowedOrigins) {
            this.allowedOrigins = allowedOrigins;
        }

        public Duration getMaxAge() {
            return maxAge;
        }

        public void setMaxAge(Duration maxAge) {
            this.maxAge = maxAge;
        }
    }

    public static class RateLimit {
        private boolean enabled = true;
        /** Prefix of the Redis keys (lets several gateways or test runs share one Redis without sharing buckets). */
        private String namespace = "hub-gateway";
        /**
         * How long one request waits for Redis before its buckets are drawn from the local ones instead. A healthy
         * Redis on the same host answers in well under a millisecond; the margin is for a CPU-starved machine.
         */
        private Duration redisTimeout = Duration.ofMillis(50);
        /** While Redis is considered down, how often a PING checks whether it is back. */
        private Duration probeInterval = Duration.ofMillis(250);
        /**
         * Expected number of gateway instances: while Redis is down each instance limits on its own with the
         * configured rates and bursts divided by this (at least 1), so that all instances together stay near the
         * configured limits.
         */
        private int instances = 1;
        /** Limits per listener: keys {@code public} and {@code admin}. */
        private Map<String, Group> groups = new LinkedHashMap<>(Map.of(
                "public", new Group(new Limit(10, 20), new Limit(50, 100)),
                "admin", new Group(new Limit(20, 40), new Limit(100, 200))));
        /**
         * Named limits for some routes, drawn in addition to the listener's buckets: e.g. a few participation
         * writes per citizen and minute. Every matching entry applies.
         */
        private Map<String, @Valid RouteLimit> routes = new LinkedHashMap<>();

        public Map<String, RouteLimit> getRoutes() {
            return routes;
        }

        public void setRoutes(Map<String, RouteLimit> routes) {
            this.routes = routes;
        }

        public boolean isEnabled() {
            return enabled;
        }

        public void setEnabled(boolean enabled) {
            this.enabled = enabled;
        }

        public String getNamespace() {
            return namespace;
        }

        public void setNamespace(String namespace) {
            this.namespace = namespace;
        }

        public Duration getRedisTimeout() {
            return redisTimeout;
        }

        public void setRedisTimeout(Duration redisTimeout) {
            this.redisTimeout = redisTimeout;
        }

        public Duration getProbeInterval() {
            return probeInterval;
        }

        public void setProbeInterval(Duration probeInterval) {
            this.probeInterval = probeInterval;
        }

        public int getInstances() {
            return instances;
        }

        public void setInstances(int instances) {
            this.instances = instances;
        }

        public Map<String, Group> getGroups() {
            return groups;
        }

        public void setGroups(Map<String, Group> groups) {
            this.groups = groups;
        }
    }

    /** The two buckets a request draws from: its user's (when authenticated) and its client address's. */
    public static class Group {
        private Limit user;
        private Limit ip;

        public Group() {
            this(new Limit(10, 20), new Limit(50, 100));
        }

        public Group(Limit user, Limit ip) {
            this.user = user;
            this.ip = ip;
        }

        public Limit getUser() {
            return user;
        }

        public void setUser(Limit user) {
            this.user = user;
        }

        public Limit getIp() {
            return ip;
        }

        public void setIp(Limit ip) {
            this.ip = ip;
        }
    }

    /**
     * A named limit for the requests matching {@code paths} (Ant-style path patterns, e.g. {@code /api/survey/**})
     * and {@code methods} (empty: any) on one listener.
     *
     * @param user per authenticated user (token subject)
     * @param ip   per client address; optional: the only bucket of the route an anonymous request draws from
     */
    public record RouteLimit(@DefaultValue("public") @Pattern(regexp = "public|admin") String listener,
                             @NotEmpty List<@NotNull @Pattern(regexp = "/.*") String> paths,
                             @DefaultValue Set<@Pattern(regexp = "[A-Z]+") String> methods,
                             @NotNull @Valid Quota user,
                             @Valid Quota ip) {
    }

    /**
     * A token bucket with a rate that may be below one per second: {@code replenish} tokens every {@code period},
     * at most {@code burst} saved up (e.g. 5 per minute, burst 3).
     */
    public record Quota(@Positive int replenish, @DefaultValue("1s") @NotNull Duration period,
                        @Min(1) long burst) {

        public Quota {
            if (period != null && (period.isNegative() || period.isZero())) {
                throw new IllegalArgumentException("quota period must be positive: " + period);
            }
        }

        public double tokensPerSecond() {
            return replenish / (period.toNanos() / 1e9);
        }
    }

    /** A token bucket: {@code replenishRate} tokens per second, at most {@code burstCapacity} saved up. */
    public static class Limit {
        private int replenishRate;
        private long burstCapacity;

        public Limit() {
            this(10, 20);
        }

        public Limit(int replenishRate, long burstCapacity) {
            this.replenishRate = replenishRate;
            this.burstCapacity = burstCapacity;
        }

        public int getReplenishRate() {
            return replenishRate;
        }

        public void setReplenishRate(int replenishRate) {
            this.replenishRate = replenishRate;
        }

        public long getBurstCapacity() {
            return burstCapacity;
        }

        public void setBurstCapacity(long burstCapacity) {
            this.burstCapacity = burstCapacity;
        }
    }

    public static class Resilience {
        /** Longest a downstream may take to answer before the gateway answers 503 itself. */
        private Duration timeLimit = Duration.ofSeconds(10);
        /** Calls the circuit breaker looks at to compute the failure rate. */
        private int slidingWindowSize = 20;
        private int minimumNumberOfCalls = 10;
        private float failureRateThreshold = 50;
        private Duration waitInOpenState = Duration.ofSeconds(10);
        /**
         * Requests one route may have in flight to its service; more are answered 503 at once (load shedding).
         * Without it the library's default of 25 applies, far below what a service handles.
         */
        private int maxConcurrentCalls = 200;
        /** How long a request may wait for a free slot before it is shed. */
        private Duration maxWaitForCall = Duration.ofMillis(20);

        public int getMaxConcurrentCalls() {
            return maxConcurrentCalls;
        }

        public void setMaxConcurrentCalls(int maxConcurrentCalls) {
            this.maxConcurrentCalls = maxConcurrentCalls;
        }

        public Duration getMaxWaitForCall() {
            return maxWaitForCall;
        }

        public void setMaxWaitForCall(Duration maxWaitForCall) {
            this.maxWaitForCall = maxWaitForCall;
        }

        public Duration getTimeLimit() {
            return timeLimit;
        }

        public void setTimeLimit(Duration timeLimit) {
            this.timeLimit = timeLimit;
        }

        public int getSlidingWindowSize() {
            return slidingWindowSize;
        }

        public void setSlidingWindowSize(int slidingWindowSize) {
            this.slidingWindowSize = slidingWindowSize;
        }

        public int getMinimumNumberOfCalls() {
            return minimumNumberOfCalls;
        }

        public void setMinimumNumberOfCalls(int minimumNumberOfCalls) {
            this.minimumNumberOfCalls = minimumNumberOfCalls;
        }

        public float getFailureRateThreshold() {
            return failureRateThreshold;
        }

        public void setFailureRateThreshold(float failureRateThreshold) {
            this.failureRateThreshold = failureRateThreshold;
        }

        public Duration getWaitInOpenState() {
            return waitInOpenState;
        }

        public void setWaitInOpenState(Duration waitInOpenState) {
            this.waitInOpenState = waitInOpenState;
        }
    }
}
