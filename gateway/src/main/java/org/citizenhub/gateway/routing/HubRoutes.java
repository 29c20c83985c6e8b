package org.citizenhub.gateway.routing;

import java.net.URI;
import java.util.Map;
import org.citizenhub.gateway.config.HubServicesProperties;
import org.citizenhub.gateway.listener.ListenerRoutePredicateFactory;
import org.citizenhub.gateway.listener.Listeners.Listener;
import org.citizenhub.gateway.resilience.FallbackController;
import org.springframework.cloud.gateway.route.RouteLocator;
import org.springframework.cloud.gateway.route.builder.GatewayFilterSpec;
import org.springframework.cloud.gateway.route.builder.RouteLocatorBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One public and one back-office route per service in {@code hub.services}:
 * <ul>
 *   <li>{@code <name>}: public listener, {@code /api/<name>/**} to the service with the first two segments
 *       stripped ({@code /api/mailbox/letters} to {@code /letters});</li>
 *   <li>{@code <name>-admin}: admin listener, {@code /admin/api/<name>/**} to the service's {@code /admin/**}
 *       ({@code /admin/api/identity/departments} to {@code /admin/departments}).</li>
 * </ul>
 * Each route has its own Resilience4j circuit breaker (named like the route) with a fallback that answers 503.
 */
@Configuration(proxyBeanMethods = false)
class HubRoutes {

    @Bean
    RouteLocator hubRouteLocator(RouteLocatorBuilder builder, HubServicesProperties services,
                                 ListenerRoutePredicateFactory listener) {
        RouteLocatorBuilder.Builder routes = builder.routes();
        for (Map.Entry<String, HubServicesProperties.Service> entry : services.getServices().entrySet()) {
            String name = entry.getKey();
            URI url = entry.getValue().getUrl();
            if (url == null) {
                throw new IllegalStateException("hub.services." + name + ".url is not set");
            }
            routes.route(name, r -> r
                    .path("/api/" + name, "/api/" + name + "/**")
                    // a service's back office (/admin/** on the service) is reachable only through the admin port
                    .and().not(p -> p.path("/api/" + name + "/admin", "/api/" + name + "/admin/**"))
                    .and().predicate(listener.on(Listener.PUBLIC))
                    .filters(f -> common(f.stripPrefix(2), name))
                    .uri(url));
            String adminRoute = name + "-admin";
            routes.route(adminRoute, r -> r
                    .path("/admin/api/" + name, "/admin/api/" + name + "/**")
                    .and().predicate(listener.on(Listener.ADMIN))
                    .filters(f -> common(
                            f.rewritePath("/admin/api/" + name + "(?<rest>/?.*)", "/admin${rest}"), adminRoute))
                    .uri(url));
        }
        return routes.build();
    }

    private static GatewayFilterSpec common(GatewayFilterSpec filters, String routeId) {
        return filters
                .circuitBreaker(c -> c.setName(routeId).setFallbackUri("forward:" + FallbackController.PATH))
                // Browser-facing headers are the gateway's business; keep one copy if a service sets them too.
                .dedupeResponseHeader("Access-Control-Allow-Origin Access-Control-Allow-Credentials",
                        "RETAIN_FIRST");
    }
}
