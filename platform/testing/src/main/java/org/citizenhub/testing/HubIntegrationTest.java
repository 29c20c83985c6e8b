package org.citizenhub.testing;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.annotation.AliasFor;
import org.springframework.test.context.ContextConfiguration;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A Spring Boot integration test on a random port against the hub's real servers ({@link SharedInfrastructure}):
 * {@code spring.datasource.*} points at a per-module PostgreSQL database (property {@code hub.test.database},
 * default {@code spring.application.name} without '-', created on demand), {@code spring.kafka.bootstrap-servers}
 * at the shared broker, {@code spring.data.redis.*} at Redis and the JWT issuer at the shared Keycloak's
 * {@code citizen-hub} realm. The same values are also set as {@code HUB_DB_URL}, {@code HUB_KAFKA},
 * {@code HUB_REDIS_HOST}, {@code HUB_REDIS_PORT}, {@code HUB_ISSUER} for configuration that uses those
 * placeholders. Properties given here win over the infrastructure's.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = HubInfrastructureInitializer.class)
public @interface HubIntegrationTest {

    /** Extra properties, {@code key=value}, as for {@link SpringBootTest#properties()}. */
    @AliasFor(annotation = SpringBootTest.class, attribute = "properties")
    String[] properties() default {};

    /** The component classes to build the context from (default: the {@code @SpringBootConfiguration} found). */
    @AliasFor(annotation = SpringBootTest.class, attribute = "classes")
    Class<?>[] classes() default {};
}
