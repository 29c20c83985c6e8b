package org.citizenhub.gateway.listener;

import java.time.Duration;
import org.citizenhub.gateway.config.HubGatewayProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.SmartLifecycle;
import org.springframework.http.server.reactive.HttpHandler;
import org.springframework.http.server.reactive.ReactorHttpHandlerAdapter;
import reactor.netty.DisposableServer;
import reactor.netty.http.server.HttpServer;

/**
 * The second listener: a Reactor Netty server on {@code hub.gateway.admin.address:port} (loopback by default)
 * serving the same WebFlux {@link HttpHandler} as the public port. Which routes and which security rules apply is
 * decided per request from the local port ({@link Listeners}), so back-office routes only exist here.
 *
 * <p>Started after the public web server (phase) and stopped before it.
 */
public class AdminListener implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(AdminListener.class);

    private final HubGatewayProperties.Admin properties;
    private final ObjectProvider<HttpHandler> httpHandler;
    private volatile DisposableServer server;

    public AdminListener(HubGatewayProperties properties, ObjectProvider<HttpHandler> httpHandler) {
        this.properties = properties.getAdmin();
        this.httpHandler = httpHandler;
    }

    @Override
    public void start() {
        if (!properties.isEnabled()) {
            log.warn("Back-office (admin) listener disabled (hub.gateway.admin.enabled=false)");
            return;
        }
        ReactorHttpHandlerAdapter adapter = new ReactorHttpHandlerAdapter(httpHandler.getObject());
        server = HttpServer.create()
                .host(properties.getAddress())
                .port(properties.getPort())
                .handle(adapter)
                .bindNow(Duration.ofSeconds(10));
        log.info("Back-office (admin) listener started on {}:{}", properties.getAddress(), server.port());
    }

    @Override
    public void stop() {
        DisposableServer running = server;
        if (running != null) {
            running.disposeNow(Duration.ofSeconds(5));
            server = null;
            log.info("Back-office (admin) listener stopped");
        }
    }

    @Override
    public boolean isRunning() {
        return server != null;
    }

    /** After the public web server (which starts in phase {@code Integer.MAX_VALUE - 1024}). */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE - 512;
    }

    /** The port actually bound, or -1 when not running. */
    public int port() {
        DisposableServer running = server;
        return running == null ? -1 : running.port();
    }
}
