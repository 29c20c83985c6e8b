package org.citizenhub.gateway.streams;

import io.micrometer.core.instrument.MeterRegistry;
import org.citizenhub.gateway.config.HubGatewayProperties;
import org.citizenhub.web.reactive.ReactiveProblemWriter;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class StreamConfiguration {

    @Bean
    StreamLimitFilter streamLimitFilter(HubGatewayProperties properties, ReactiveProblemWriter problems,
                                        ObjectProvider<MeterRegistry> meterRegistry) {
        StreamLimitFilter filter = new StreamLimitFilter(properties, problems);
        meterRegistry.ifAvailable(filter::bindTo);
        return filter;
    }
}
