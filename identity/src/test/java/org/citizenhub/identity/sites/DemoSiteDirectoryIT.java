package org.citizenhub.identity.sites;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Set;

import org.citizenhub.sites.DemoSites;
import org.citizenhub.sites.SiteDirectory;
import org.citizenhub.sites.SiteDirectoryJson;
import org.citizenhub.sites.spring.HubSites;
import org.citizenhub.sites.spring.SitesProperties;
import org.citizenhub.testing.HubIntegrationTest;
import org.citizenhub.testing.KafkaProbe;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/**
 * The demo city as identity publishes it on a fresh database is exactly {@link DemoSites#directory()}, which every
 * other service's tests use in its place (all sites, all placements; the version may differ).
 */
@Import(FreshDatabase.class)
@HubIntegrationTest(properties = {"hub.test.database=identity_demo_sites", "spring.flyway.clean-disabled=false"})
class DemoSiteDirectoryIT {

    @Autowired
    HubSites hubSites;

    @Autowired
    SitesProperties sitesProperties;

    @Test
    void the_demo_city_identity_publishes_is_the_demo_directory_of_platform_sites() {
        try (var probe = KafkaProbe.subscribe(sitesProperties.topic())) {
            var record = probe.awaitRecordWithKey(SitesProperties.KEY, Duration.ofSeconds(30));

            SiteDirectory published = SiteDirectoryJson.read(record.value());
            assertSameDirectory(published, DemoSites.directory());
            assertSameDirectory(hubSites.directory(), DemoSites.directory());
            assertThat(published.version()).isEqualTo(hubSites.directory().version());
        }
    }

    private static void assertSameDirectory(SiteDirectory actual, SiteDirectory expected) {
        assertThat(actual.sites()).containsExactlyElementsOf(expected.sites());
        assertThat(Set.copyOf(actual.placements())).isEqualTo(Set.copyOf(expected.placements()));
    }
}
