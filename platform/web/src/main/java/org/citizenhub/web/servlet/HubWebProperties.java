package org.citizenhub.web.servlet;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/** {@code hub.web.*}: web conventions of servlet services. */
@ConfigurationProperties("hub.web")
public class HubWebProperties {

    /**
     * Largest request body accepted (413 problem+json beyond it). Requests announcing a larger Content-Length are
     * rejected before the body is read; chunked bodies are counted while they are read.
     */
    private DataSize maxBodySize = DataSize.ofMegabytes(1);

    public DataSize getMaxBodySize() {
        return maxBodySize;
    }

    public void setMaxBodySize(DataSize maxBodySize) {
        this.maxBodySize = maxBodySize;
    }
}
