package org.citizenhub.gateway.ratelimit;

import java.util.List;
import org.citizenhub.gateway.config.HubGatewayProperties;
import org.citizenhub.gateway.listener.Listeners;
import org.citizenhub.web.reactive.ReactiveProblemWriter;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.cloud.gateway.filter.ratelimit.RedisRateLimiter;
import org.springframework.cloud.gateway.support.ConfigurationService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;

@Configuration(proxyBeanMethods = false)
class RateLimitConfiguration {

    @Bean
    RateLimitFilter rateLimitFilter(ReactiveStringRedisTemplate redis,
                                    @Qualifier(RedisRateLimiter.REDIS_SCRIPT_NAME) RedisScript<List<Long>> script,
                                    ConfigurationService configurationService, HubGatewayProperties properties,
                                    Listeners listeners, ReactiveProblemWriter problems) {
        // Not a bean of its own: its buckets are ours, not configured from route definitions.
        RedisRateLimiter limiter = new RedisRateLimiter(redis, script, configurationService);
        return new RateLimitFilter(limiter, properties, listeners, problems);
    }
}
