package org.citizenhub.gateway.routing;

import java.net.URI;
import java.util.Map;
import org.citizenhub.gateway.config.HubGatewayProperties;
import org.citizenhub.gateway.config.HubServicesProperties;
import org.citizenhub.gateway.listener.ListenerRoutePredicateFactory;
import org.citizenhub.gateway.listener.Listeners.Listener;
import org.citizenhub.gateway.resilience.FallbackController;
import org.citizenhub.gateway.streams.StreamLimitFilter;
import org.springframework.http.HttpMethod;
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
 *
 * <p>Each entry of {@code hub.gateway.streams} gets a route of its own, matched before its service's public route:
 * {@code GET <path>} on the public listener, prefix stripped the same way, but <em>no</em> circuit breaker, so no
 * time limiter and no bulkhead permit of the service's route; a stream may stay open for hours. Its concurrency is
 * limited by {@link StreamLimitFilter} instead (the route carries {@value StreamLimitFilter#STREAM_METADATA}).
 */
@Configuration(proxyBeanMethods = false)
class HubRoutes {

    @Bean
    RouteLocator hubRouteLocator(RouteLocatorBuilder builder, HubServicesProperties services,
                                 HubGatewayProperties gateway, ListenerRoutePredicateFactory listener) {
        RouteLocatorBuilder.Builder routes = builder.routes();
        for (Map.Entry<String, HubGatewayProperties.Stream> entry : gateway.getStreams().entrySet()) {
            HubGatewayProperties.Stream stream = entry.getValue();
            HubServicesProperties.Service service = services.getServices().get(stream.service());
            if (service == null || service.getUrl() == null) {
                throw new IllegalStateException("hub.gateway.streams." + entry.getKey() + ".service names "
                        + stream.service() + ", which has no hub.services." + stream.service() + ".url");
            }
            routes.route(entry.getKey(), r -> r
                    // before the service's own route (order 0), which matches the same path
                    .order(-1)
                    .path(stream.path())
                    .and().method(HttpMethod.GET)
                    .and().predicate(listener.on(Listener.PUBLIC))
                    .filters(f -> f.stripPrefix(2)
                            .dedupeResponseHeader("Access-Control-Allow-Origin Access-Control-Allow-Credentials",
                                    "RETAIN_FIRST"))
                    .metadata(StreamLimitFilter.STREAM_METADATA, entry.getKey())
                    .uri(service.getUrl()));
        }
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
