package org.citizenhub.gateway.listener;

import java.util.List;
import java.util.function.Predicate;
import org.springframework.cloud.gateway.handler.predicate.AbstractRoutePredicateFactory;
import org.springframework.web.server.ServerWebExchange;

/**
 * Route predicate {@code Listener=public|admin}: matches only requests that arrived on that listener (the
 * exchange's local port). Every hub route carries one, so admin routes are absent on the public port and vice versa.
 */
public class ListenerRoutePredicateFactory extends AbstractRoutePredicateFactory<ListenerRoutePredicateFactory.Config> {

    private final Listeners listeners;

    public ListenerRoutePredicateFactory(Listeners listeners) {
        super(Config.class);
        this.listeners = listeners;
    }

    @Override
    public List<String> shortcutFieldOrder() {
        return List.of("listener");
    }

    @Override
    public Predicate<ServerWebExchange> apply(Config config) {
        Listeners.Listener wanted = config.getListener();
        return new Predicate<>() {
            @Override
            public boolean test(ServerWebExchange exchange) {
                return listeners.of(exchange) == wanted;
            }

            @Override
            public String toString() {
                return "Listener: " + wanted.key();
            }
        };
    }

    public Predicate<ServerWebExchange> on(Listeners.Listener listener) {
        Config config = new Config();
        config.setListener(listener);
        return apply(config);
    }

    public static class Config {
        private Listeners.Listener listener = Listeners.Listener.PUBLIC;

        public Listeners.Listener getListener() {
            return listener;
        }

        public void setListener(Listeners.Listener listener) {
            this.listener = listener;
        }
    }
}
