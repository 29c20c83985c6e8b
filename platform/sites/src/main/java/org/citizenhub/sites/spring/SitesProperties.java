package org.citizenhub.sites.spring;

import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code hub.sites.*}.
 *
 * @param topic       the compacted topic the identity service publishes the site directory on
 * @param feedEnabled whether to follow it (off in the identity service, which is where the directory comes from)
 */
@Validated
@ConfigurationProperties("hub.sites")
public record SitesProperties(@DefaultValue(SitesProperties.TOPIC) @NotBlank String topic,
                              @DefaultValue("true") boolean feedEnabled) {

    public static final String TOPIC = "gov.hub.identity.site-directory";
    /** The one record key of the topic: every version replaces the previous one. */
    public static final String KEY = "directory";
}
