package org.citizenhub.gateway.ratelimit;

import io.lettuce.core.ClientOptions;
import io.lettuce.core.resource.ClientResources;
import io.lettuce.core.resource.Delay;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.citizenhub.gateway.config.HubGatewayProperties;
import org.citizenhub.gateway.listener.Listeners;
import org.citizenhub.web.reactive.ReactiveProblemWriter;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.data.redis.autoconfigure.ClientResourcesBuilderCustomizer;
import org.springframework.boot.data.redis.autoconfigure.LettuceClientOptionsBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;

@Configuration(proxyBeanMethods = false)
class RateLimitConfiguration {

    @Bean
    RedisBackedRateLimiter redisBackedRateLimiter(ReactiveStringRedisTemplate redis, HubGatewayProperties properties,
                                                  ObjectProvider<ClientResources> clientResources,
                                                  ObjectProvider<MeterRegistry> meterRegistry) {
        RedisBackedRateLimiter backed = new RedisBackedRateLimiter(redis, properties.getRateLimit());
        meterRegistry.ifAvailable(backed::bindTo);
        backed.start(clientResources.getIfAvailable());
        return backed;
    }

    @Bean
    RateLimitFilter rateLimitFilter(RedisBackedRateLimiter limiter, HubGatewayProperties properties,
                                    Listeners listeners, ReactiveProblemWriter problems) {
        return new RateLimitFilter(limiter, properties, listeners, problems);
    }

    /**
     * While the connection is down, Lettuce would queue commands until it reconnects; the limiter wants an
     * immediate error instead (it then uses its local buckets). Redis only backs the limiter in the gateway.
     */
    @Bean
    LettuceClientOptionsBuilderCustomizer rejectCommandsWhileDisconnected() {
        return options -> options.disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS);
    }

    /**
     * Lettuce's reconnect delay grows to 30 s; capped at 1 s, the gateway is back on Redis within about a second
     * of Redis returning however long the outage was.
     */
    @Bean
    ClientResourcesBuilderCustomizer shortReconnectDelay() {
        return resources -> resources.reconnectDelay(
                Delay.exponential(Duration.ofMillis(10), Duration.ofSeconds(1), 2, TimeUnit.MILLISECONDS));
    }
}
