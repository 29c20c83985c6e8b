package org.citizenhub.gateway.config;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The services the gateway routes to ({@code hub.services.<name>.url}). The name is the path segment:
 * {@code /api/<name>/**} on the public port and {@code /admin/api/<name>/**} on the admin port.
 */
@ConfigurationProperties("hub")
public class HubServicesProperties {

    private Map<String, Service> services = new LinkedHashMap<>();

    public Map<String, Service> getServices() {
        return services;
    }

    public void setServices(Map<String, Service> services) {
        this.services = services;
    }

    public static class Service {
        private URI url;

        public URI getUrl() {
            return url;
        }

        public void setUrl(URI url) {
            this.url = url;
        }
    }
}
