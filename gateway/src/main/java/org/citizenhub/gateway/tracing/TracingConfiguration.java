package org.citizenhub.gateway.tracing;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Request ids. W3C trace context needs no code: Boot's Micrometer tracing (OpenTelemetry bridge) continues the
 * incoming {@code traceparent} in the server observation, and Spring Cloud Gateway's observability filters
 * ({@code ObservedRequestHttpHeadersFilter}) write the child span's {@code traceparent} on the downstream request.
 */
@Configuration(proxyBeanMethods = false)
class TracingConfiguration {

    @Bean
    RequestIdWebFilter requestIdWebFilter() {
        return new RequestIdWebFilter();
    }
}
