package org.citizenhub.casework.attachments;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Optional;

import javax.sql.DataSource;

import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.util.unit.DataSize;

/** What a service gets by depending on platform-casework, and which configurations keep it from starting. */
class AttachmentsAutoConfigurationTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(AttachmentsAutoConfiguration.class))
            .withUserConfiguration(Database.class);

    @Test
    void a_service_with_a_database_gets_attachments_with_the_mailbox_limits_by_default() {
        runner.run(context -> {
            assertThat(context).hasNotFailed().hasSingleBean(Attachments.class);
            var properties = context.getBean(AttachmentProperties.class);
            assertThat(properties.maxFileSize()).isEqualTo(DataSize.ofMegabytes(5));
            assertThat(properties.maxPerSubject()).isEqualTo(5);
            assertThat(properties.maxUnclaimedPerOwner()).isEqualTo(20);
            assertThat(properties.unclaimedRetention()).isEqualTo(Duration.ofHours(24));
            assertThat(properties.allowedTypes()).containsExactlyInAnyOrderElementsOf(AttachmentTypes.SUPPORTED);
            assertThat(properties).isEqualTo(AttachmentProperties.defaults());
            assertThat(context).as("no lock provider, no cleanup").doesNotHaveBean(AttachmentCleanup.class);
        });
    }

    @Test
    void the_cleanup_is_scheduled_where_a_lock_provider_exists_unless_switched_off() {
        runner.withUserConfiguration(Locks.class).run(context ->
                assertThat(context).hasSingleBean(AttachmentCleanup.class));
        runner.withUserConfiguration(Locks.class).withPropertyValues("hub.casework.attachments.cleanup-enabled=false")
                .run(context -> assertThat(context).doesNotHaveBean(AttachmentCleanup.class));
    }

    @Test
    void a_servlet_service_gets_the_endpoints_to_mount() {
        new WebApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(AttachmentsAutoConfiguration.class))
                .withUserConfiguration(Database.class)
                .run(context -> assertThat(context).hasSingleBean(AttachmentEndpoints.class));
        runner.run(context -> assertThat(context).doesNotHaveBean(AttachmentEndpoints.class));
    }

    @Test
    void a_service_sets_its_own_limits() {
        runner.withPropertyValues("hub.casework.attachments.max-file-size=10MB",
                        "hub.casework.attachments.max-per-subject=9",
                        "hub.casework.attachments.allowed-types=image/jpeg, IMAGE/PNG")
                .run(context -> {
                    var properties = context.getBean(AttachmentProperties.class);
                    assertThat(properties.maxFileSize()).isEqualTo(DataSize.ofMegabytes(10));
                    assertThat(properties.maxPerSubject()).isEqualTo(9);
                    assertThat(properties.allowedTypes()).containsExactly("image/jpeg", "IMAGE/PNG");
                });
    }

    @Test
    void svg_html_zip_or_executables_cannot_be_allowed_by_configuration() {
        for (String type : new String[] {"image/svg+xml", "text/html", "application/zip", "application/x-msdownload",
                "application/vnd.ms-word.document.macroenabled.12"}) {
            runner.withPropertyValues("hub.casework.attachments.allowed-types=image/png," + type)
                    .run(context -> {
                        assertThat(context).as(type).hasFailed();
                        assertThat(context.getStartupFailure()).rootCause().hasMessageContaining("allowed-types")
                                .hasMessageContaining(type);
                    });
        }
    }

    @Test
    void limits_out_of_range_keep_the_service_from_starting() {
        for (String setting : new String[] {"max-per-subject=0", "max-unclaimed-per-owner=0", "max-file-size=0B",
                "max-file-size=101MB", "unclaimed-retention=10s", "cleanup-interval=0s", "allowed-types="}) {
            runner.withPropertyValues("hub.casework.attachments." + setting)
                    .run(context -> {
                        assertThat(context).as(setting).hasFailed();
                        assertThat(context.getStartupFailure()).hasStackTraceContaining("hub.casework.attachments");
                    });
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class Database {

        @Bean
        DataSource dataSource() {
            // never connected in these tests
            return new DriverManagerDataSource("jdbc:postgresql://127.0.0.1:1/none");
        }

        @Bean
        PlatformTransactionManager transactionManager(DataSource dataSource) {
            return new DataSourceTransactionManager(dataSource);
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class Locks {

        @Bean
        LockProvider lockProvider() {
            return new LockProvider() {
                @Override
                public Optional<SimpleLock> lock(LockConfiguration configuration) {
                    return Optional.of(() -> { });
                }
            };
        }
    }
}
