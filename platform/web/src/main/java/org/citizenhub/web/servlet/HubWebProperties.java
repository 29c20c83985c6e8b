package org.citizenhub.web.servlet;

import java.util.LinkedHashMap;
import java.util.Map;
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

    /**
     * Limits that replace {@code max-body-size} on some paths, by path pattern within the application (e.g.
     * {@code "[/attachments]": 6MB} for an upload endpoint); the most specific matching pattern wins.
     */
    private Map<String, DataSize> maxBodySizeOverrides = new LinkedHashMap<>();

    public DataSize getMaxBodySize() {
        return maxBodySize;
    }

    public void setMaxBodySize(DataSize maxBodySize) {
        this.maxBodySize = maxBodySize;
    }

    public Map<String, DataSize> getMaxBodySizeOverrides() {
        return maxBodySizeOverrides;
    }

    public void setMaxBodySizeOverrides(Map<String, DataSize> maxBodySizeOverrides) {
        this.maxBodySizeOverrides = maxBodySizeOverrides;
    }
}
