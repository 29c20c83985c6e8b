package org.citizenhub.gateway;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The only public entry of Citizen Hub: routes the public API (port {@code server.port}) and the back-office API
 * (port {@code hub.gateway.admin.port}, bound to loopback) to the services, validating Keycloak tokens on the way.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class GatewayApplication {

    public static void main(String[] args) {
        SpringApplication.run(GatewayApplication.class, args);
    }
}
