package org.citizenhub.mailbox;

import org.citizenhub.sites.DemoSites;
import org.citizenhub.sites.spring.HubSites;
import org.citizenhub.sites.spring.SitesAutoConfiguration;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Every test context of this module runs with the demo city's site directory (platform/sites {@link DemoSites}: the
 * city GOV with the districts DONGCHENG and XICHENG) in force, as the identity service's demo data publishes it:
 * the tests run without the identity service and with the feed off ({@code hub.sites.feed-enabled=false} in the
 * test application.properties). Registered in the test classpath's AutoConfiguration.imports, so no test needs to
 * ask for it and component scanning never picks it up.
 */
@AutoConfiguration(after = SitesAutoConfiguration.class)
public class DemoSitesForTests {

    @Bean
    SmartInitializingSingleton demoSiteDirectory(HubSites sites) {
        return () -> sites.apply(DemoSites.directory());
    }
}
