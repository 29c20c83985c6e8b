package org.citizenhub.gateway.resilience;

import io.github.resilience4j.bulkhead.BulkheadConfig;
import io.github.resilience4j.bulkhead.BulkheadFullException;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.timelimiter.TimeLimiterConfig;
import org.citizenhub.gateway.config.HubGatewayProperties;
import org.springframework.cloud.circuitbreaker.resilience4j.ReactiveResilience4JCircuitBreakerFactory;
import org.springframework.cloud.circuitbreaker.resilience4j.ReactiveResilience4jBulkheadProvider;
import org.springframework.cloud.circuitbreaker.resilience4j.Resilience4JConfigBuilder;
import org.springframework.cloud.circuitbreaker.resilience4j.Resilience4jBulkheadConfigurationBuilder;
import org.springframework.cloud.client.circuitbreaker.Customizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Default circuit breaker, time limiter and bulkhead for every route ({@code hub.gateway.resilience.*}). The
 * connect timeout (fail fast when a service is down) is the gateway HTTP client's
 * {@code spring.cloud.gateway.server.webflux.httpclient.connect-timeout}.
 */
@Configuration(proxyBeanMethods = false)
class ResilienceConfiguration {

    @Bean
    Customizer<ReactiveResilience4JCircuitBreakerFactory> hubCircuitBreakerDefaults(HubGatewayProperties properties) {
        HubGatewayProperties.Resilience r = properties.getResilience();
        return factory -> factory.configureDefault(id -> new Resilience4JConfigBuilder(id)
                .timeLimiterConfig(TimeLimiterConfig.custom().timeoutDuration(r.getTimeLimit()).build())
                .circuitBreakerConfig(CircuitBreakerConfig.custom()
                        .slidingWindowSize(r.getSlidingWindowSize())
                        .minimumNumberOfCalls(r.getMinimumNumberOfCalls())
                        .failureRateThreshold(r.getFailureRateThreshold())
                        .waitDurationInOpenState(r.getWaitInOpenState())
                        // requests shed by the bulkhead say the gateway is busy, not that the service failed:
                        // counting them would open the breaker and refuse everyone for waitInOpenState
                        .ignoreExceptions(BulkheadFullException.class)
                        .build())
                .build());
    }

    /** Each route's bulkhead: how many requests may be in flight to one service before more are shed with 503. */
    @Bean
    Customizer<ReactiveResilience4jBulkheadProvider> hubBulkheadDefaults(HubGatewayProperties properties) {
        HubGatewayProperties.Resilience r = properties.getResilience();
        return provider -> provider.configureDefault(id -> new Resilience4jBulkheadConfigurationBuilder()
                .bulkheadConfig(BulkheadConfig.custom()
                        .maxConcurrentCalls(r.getMaxConcurrentCalls())
                        .maxWaitDuration(r.getMaxWaitForCall())
                        .build())
                .build());
    }
}
