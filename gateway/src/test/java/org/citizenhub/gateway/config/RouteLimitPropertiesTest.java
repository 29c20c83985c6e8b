package org.citizenhub.gateway.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.validation.autoconfigure.ValidationAutoConfiguration;
import org.springframework.context.annotation.Configuration;

class RouteLimitPropertiesTest {

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(HubGatewayProperties.class)
    static class Properties {
    }

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(ValidationAutoConfiguration.class))
            .withUserConfiguration(Properties.class);

    @Test
    void a_route_limit_binds_a_quota_per_minute_and_defaults_to_the_public_listener() {
        runner.withPropertyValues(
                        "hub.gateway.rate-limit.routes.answers.paths[0]=/api/survey/**",
                        "hub.gateway.rate-limit.routes.answers.methods[0]=POST",
                        "hub.gateway.rate-limit.routes.answers.user.replenish=5",
                        "hub.gateway.rate-limit.routes.answers.user.period=1m",
                        "hub.gateway.rate-limit.routes.answers.user.burst=3")
                .run(context -> {
                    HubGatewayProperties.RouteLimit limit = context.getBean(HubGatewayProperties.class)
                            .getRateLimit().getRoutes().get("answers");
                    assertThat(limit.listener()).isEqualTo("public");
                    assertThat(limit.user().period()).isEqualTo(Duration.ofMinutes(1));
                    assertThat(limit.user().tokensPerSecond()).isEqualTo(5 / 60.0);
                    assertThat(limit.ip()).isNull();
                });
    }

    @Test
    void a_route_limit_without_paths_or_user_quota_stops_the_start() {
        runner.withPropertyValues("hub.gateway.rate-limit.routes.broken.methods[0]=POST")
                .run(context -> assertThat(context).hasFailed());
        runner.withPropertyValues("hub.gateway.rate-limit.routes.broken.paths[0]=/api/survey/**",
                        "hub.gateway.rate-limit.routes.broken.user.replenish=0",
                        "hub.gateway.rate-limit.routes.broken.user.burst=1")
                .run(context -> assertThat(context).hasFailed());
    }

    @Test
    void a_stream_path_outside_its_service_stops_the_start() {
        runner.withPropertyValues("hub.gateway.streams.live.service=survey",
                        "hub.gateway.streams.live.path=/api/mailbox/live")
                .run(context -> assertThat(context).hasFailed());
        runner.withPropertyValues("hub.gateway.streams.live.service=survey",
                        "hub.gateway.streams.live.path=/api/survey/public/interviews/*/live",
                        "hub.gateway.streams.live.max-open=0")
                .run(context -> assertThat(context).hasFailed());
    }
}
