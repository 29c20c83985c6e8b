package org.citizenhub.consultation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.citizenhub.sites.DemoSites;
import org.citizenhub.sites.spring.HubSites;
import org.citizenhub.testing.HubIntegrationTest;
import org.citizenhub.testing.MovableClockServiceTest;
import org.citizenhub.testing.TestAccounts;
import org.citizenhub.testing.TestAccounts.Account;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What every integration test of the service shares: one Spring context on the real servers (same properties, same
 * movable clock, so the context is built once for the whole suite), the accounts of a 12345 centre and three
 * departments, and a small HTTP client speaking to the service as the gateway would.
 */
@HubIntegrationTest(properties = {
        "spring.flyway.locations=classpath:db/migration,classpath:db/platform,classpath:db/demo",
        "hub.casework.deadline-watch.interval=1h",
        // the demo city's site directory, applied below: nothing another module's test publishes may change it
        "hub.sites.feed-enabled=false"})
public abstract class ConsultationIT extends MovableClockServiceTest {

    protected static final String CENTRE = "D-12345";

    protected static final Account dispatcher = TestAccounts.handler(CENTRE);
    protected static final Account transport = TestAccounts.handler("D-TRANSPORT");
    protected static final Account environment = TestAccounts.handler("D-ENVIRONMENT");
    protected static final Account housing = TestAccounts.handler("D-HOUSING");
    /** Reviewers see their department's scope: the centre's reviewer reviews every reply that passes through it. */
    protected static final Account reviewer = TestAccounts.withRoles(CENTRE, "reviewer");
    protected static final Account transportReviewer = TestAccounts.withRoles("D-TRANSPORT", "reviewer");
    protected static final Account supervisor = TestAccounts.supervisor();
    protected static final Account admin = TestAccounts.admin();

    @Autowired
    protected HubSites hubSites;

    /** The demo city (GOV) with the districts DONGCHENG and XICHENG; applying it again changes nothing. */
    @BeforeEach
    void theDemoCitysSites() {
        hubSites.apply(DemoSites.directory());
    }

    /** A handling step: POST /handling/cases/{tn}/{step}. */
    protected Response step(Account who, String tn, String step, Object body) {
        return post("/handling/cases/" + tn + "/" + step, who, body);
    }

    protected static Map<String, Object> caseOf(String kind, String category, String title, String body) {
        var map = new LinkedHashMap<String, Object>();
        map.put("kind", kind);
        map.put("category", category);
        map.put("title", title);
        map.put("body", body);
        return map;
    }

    /** Submits and returns the tracking number. */
    protected String submit(Account citizen, Map<String, Object> body) {
        var response = post("/cases", citizen, body);
        if (response.status() != 201) {
            throw new AssertionError("submission failed: " + response.status() + " " + response.body());
        }
        return response.json().get("trackingNumber").asString();
    }

    /** Submitted, accepted and dispatched: ready for the lead. */
    protected String dispatched(Account citizen, Map<String, Object> body, String lead, String... co) {
        String tn = submit(citizen, body);
        expect(step(dispatcher, tn, "acceptance", Map.of()), 200);
        expect(step(dispatcher, tn, "dispatch", Map.of("lead", lead, "coHandlers", List.of(co))), 200);
        return tn;
    }
}
