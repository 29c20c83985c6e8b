package org.citizenhub.identity.sites;

import java.net.URI;
import java.time.Clock;

import org.citizenhub.events.EventMetadata;
import org.citizenhub.events.IntegrationEvent;
import org.citizenhub.sites.SiteDirectory;
import org.citizenhub.sites.SiteDirectoryJson;
import org.citizenhub.sites.spring.SitesProperties;
import tools.jackson.databind.JsonNode;

/**
 * {@code gov.hub.identity.site-directory.published.v1}: a new version of the whole site directory (every site and
 * every department's placement), published on every change to a site or a department. Key and subject are
 * {@value SitesProperties#KEY}, so the compacted topic keeps the latest version only; the data is the
 * {@link SiteDirectoryJson} form that every service's {@link org.citizenhub.sites.spring.SiteDirectoryFeed} reads.
 *
 * <p>Schema: identity/src/main/resources/events/site-directory.published.v1.schema.json.
 */
public record SiteDirectoryPublished(EventMetadata metadata, JsonNode data) implements IntegrationEvent {

    public static final String TYPE = "gov.hub.identity.site-directory.published.v1";
    public static final URI SOURCE = URI.create("/citizen-hub/identity");

    static SiteDirectoryPublished of(SiteDirectory directory, String topic, Clock clock) {
        return new SiteDirectoryPublished(EventMetadata.create(TYPE, SOURCE, SitesProperties.KEY, topic,
                SitesProperties.KEY, clock), SiteDirectoryJson.tree(directory));
    }
}
