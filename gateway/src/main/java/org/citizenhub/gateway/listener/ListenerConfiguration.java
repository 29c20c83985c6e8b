package org.citizenhub.gateway.listener;

import org.citizenhub.gateway.config.HubGatewayProperties;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.server.reactive.HttpHandler;

@Configuration(proxyBeanMethods = false)
class ListenerConfiguration {

    @Bean
    AdminListener adminListener(HubGatewayProperties properties, ObjectProvider<HttpHandler> httpHandler) {
        return new AdminListener(properties, httpHandler);
    }

    @Bean
    Listeners listeners(AdminListener adminListener) {
        return new Listeners(adminListener);
    }

    @Bean
    ListenerRoutePredicateFactory listenerRoutePredicateFactory(Listeners listeners) {
        return new ListenerRoutePredicateFactory(listeners);
    }
}
