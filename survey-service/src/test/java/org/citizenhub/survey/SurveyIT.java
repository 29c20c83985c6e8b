package org.citizenhub.survey;

import org.citizenhub.sites.DemoSites;
import org.citizenhub.sites.spring.HubSites;
import org.citizenhub.testing.HubIntegrationTest;
import org.citizenhub.testing.MovableClockServiceTest;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What every integration test of survey-service shares: one Spring context on the real servers (same properties, same
 * movable clock, so the context is built once for the whole suite), the demo city's sites, and a small HTTP client
 * speaking to the service as the gateway would. Features add their own accounts and helpers in their own test
 * packages.
 */
@HubIntegrationTest(properties = {
        "spring.flyway.locations=classpath:db/migration,classpath:db/platform,classpath:db/demo",
        "hub.casework.deadline-watch.interval=1h",
        // the demo city's site directory, applied below: nothing another module's test publishes may change it
        "hub.sites.feed-enabled=false"})
public abstract class SurveyIT extends MovableClockServiceTest {

    @Autowired
    protected HubSites hubSites;

    /** The demo city (GOV) with the districts DONGCHENG and XICHENG; applying it again changes nothing. */
    @BeforeEach
    void theDemoCitysSites() {
        hubSites.apply(DemoSites.directory());
    }

}
