package org.citizenhub.supervision;

import java.time.Clock;
import org.citizenhub.sites.DemoSites;
import org.citizenhub.sites.spring.HubSites;
import org.citizenhub.testing.HubIntegrationTest;
import org.citizenhub.testing.MovableClock;
import org.citizenhub.testing.ServiceHttpTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;

/**
 * What every integration test of supervision shares: one Spring context on the real servers (same properties, same
 * movable clock, so the context is built once for the whole suite), the demo city's sites, and a small HTTP client
 * speaking to the service as the gateway would. Features add their own accounts and helpers in their own test
 * packages.
 */
@HubIntegrationTest(properties = {
        "spring.flyway.locations=classpath:db/migration,classpath:db/platform",
        
        // the demo city's site directory, applied below: nothing another module's test publishes may change it
        "hub.sites.feed-enabled=false"})
@Import(SupervisionIT.MovedClock.class)
public abstract class SupervisionIT extends ServiceHttpTest {


    @TestConfiguration
    public static class MovedClock {
        public static final MovableClock CLOCK = new MovableClock();

        @Bean
        @Primary
        Clock movableClock() {
            return CLOCK;
        }
    }

    @Autowired
    protected HubSites hubSites;

    /** The demo city (GOV) with the districts DONGCHENG and XICHENG; applying it again changes nothing. */
    @BeforeEach
    void theDemoCitysSites() {
        hubSites.apply(DemoSites.directory());
    }

    /**
     * Every test starts on a fixed working Monday of 2026 (tests move the clock from there): deadlines never reach
     * into a year whose holiday notice is not loaded yet, and the clock stays behind real time, since it also
     * checks token expiry.
     */
    @BeforeEach
    void aMondayIn2026() {
        MovedClock.CLOCK.set("2026-11-16T10:00");
    }

    @AfterEach
    void realTimeAgain() {
        MovedClock.CLOCK.reset();
    }
}
