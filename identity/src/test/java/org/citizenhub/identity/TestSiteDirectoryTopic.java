package org.citizenhub.identity;

import java.security.SecureRandom;
import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Every test context of identity publishes its site directory on a topic of its own
 * ({@code gov.hub.identity-test.site-directory-<random letters>}: event topics are lower-case letters and hyphens),
 * so that the shared broker's real topic, which other services' runs may follow, stays untouched, and no two
 * contexts' versions meet. Lowest precedence: a test naming {@code hub.sites.topic} wins.
 */
public class TestSiteDirectoryTopic implements EnvironmentPostProcessor {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        var letters = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            letters.append((char) ('a' + RANDOM.nextInt(26)));
        }
        environment.getPropertySources().addLast(new MapPropertySource("identityTestSiteDirectoryTopic",
                Map.of("hub.sites.topic", "gov.hub.identity-test.site-directory-" + letters)));
    }
}
