package org.citizenhub.gateway.listener;

import java.net.InetSocketAddress;
import org.springframework.web.server.ServerWebExchange;

/** Tells on which listener (public or admin port) an exchange arrived. */
public class Listeners {

    private final AdminListener admin;

    public Listeners(AdminListener admin) {
        this.admin = admin;
    }

    /** Whether the request came in on the back-office listener. */
    public boolean isAdmin(ServerWebExchange exchange) {
        InetSocketAddress local = exchange.getRequest().getLocalAddress();
        int adminPort = admin.port();
        return local != null && adminPort > 0 && local.getPort() == adminPort;
    }

    public Listener of(ServerWebExchange exchange) {
        return isAdmin(exchange) ? Listener.ADMIN : Listener.PUBLIC;
    }

    public enum Listener {
        PUBLIC, ADMIN;

        public String key() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
