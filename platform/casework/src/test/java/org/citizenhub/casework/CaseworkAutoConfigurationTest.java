package org.citizenhub.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import net.javacrumbs.shedlock.core.LockProvider;
import org.citizenhub.casework.deadlines.DeadlineAnnouncer;
import org.citizenhub.casework.deadlines.DeadlineWatch;
import org.citizenhub.casework.submission.IdempotentSubmission;
import org.citizenhub.casework.tracking.QueryCode;
import org.citizenhub.casework.tracking.TrackingNumber;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.AbstractPlatformTransactionManager;
import org.springframework.transaction.support.DefaultTransactionStatus;

class CaseworkAutoConfigurationTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(CaseworkAutoConfiguration.class))
            .withBean(LockProvider.class, () -> config -> Optional.of(() -> { }));

    @Test
    void query_codes_come_from_the_configured_key() {
        runner.withPropertyValues("hub.casework.query-code-key=a-test-key-of-sufficient-length")
                .run(context -> assertThat(context.getBean(QueryCode.class)
                        .codeFor(new TrackingNumber("ML20261123000001"))).isEqualTo("7B8MDTYZ"));
    }

    @Test
    void a_service_that_uses_query_codes_does_not_start_without_the_key_and_says_which_property_is_missing() {
        runner.withUserConfiguration(UsesQueryCodes.class)
                .run(context -> assertThat(context).getFailure().rootCause()
                        .hasMessageContaining("hub.casework.query-code-key is not set"));
    }

    @Test
    void a_key_shorter_than_sixteen_bytes_is_refused_at_start() {
        runner.withUserConfiguration(UsesQueryCodes.class)
                .withPropertyValues("hub.casework.query-code-key=too-short")
                .run(context -> assertThat(context).getFailure().rootCause()
                        .hasMessageContaining("too short"));
    }

    @Test
    void a_service_that_does_not_use_query_codes_starts_without_the_key() {
        runner.run(context -> assertThat(context).hasNotFailed());
    }

    @Test
    void the_deadline_watch_exists_only_when_the_service_announces_deadlines() {
        runner.run(context -> assertThat(context).doesNotHaveBean(DeadlineWatch.class));
        runner.withUserConfiguration(Announces.class)
                .run(context -> assertThat(context).hasSingleBean(DeadlineWatch.class));
    }

    @Test
    void a_bad_watch_interval_stops_the_service_at_start() {
        runner.withUserConfiguration(Announces.class)
                .withPropertyValues("hub.casework.deadline-watch.interval=5h")
                .run(context -> assertThat(context).getFailure().rootCause()
                        .hasMessageContaining("hub.casework.deadline-watch.interval must be between 1s and 1h"));
    }

    @Test
    void idempotent_submission_is_provided_where_there_are_transactions() {
        runner.run(context -> assertThat(context).doesNotHaveBean(IdempotentSubmission.class));
        runner.withBean(PlatformTransactionManager.class, NoTransactions::new)
                .run(context -> assertThat(context).hasSingleBean(IdempotentSubmission.class));
    }

    @Configuration(proxyBeanMethods = false)
    static class UsesQueryCodes {
        @Bean
        String receipts(QueryCode codes) {
            return codes.toString();
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class Announces {
        @Bean
        DeadlineAnnouncer<String> announcer() {
            return new DeadlineAnnouncer<>() {
                @Override
                public String name() {
                    return "test-cases";
                }

                @Override
                public List<String> dueCases(Instant now, int limit) {
                    return List.of();
                }

                @Override
                public int announce(String caseId, Instant now) {
                    return 0;
                }
            };
        }
    }

    static class NoTransactions extends AbstractPlatformTransactionManager {
        @Override
        protected Object doGetTransaction() {
            return new Object();
        }

        @Override
        protected void doBegin(Object transaction, org.springframework.transaction.TransactionDefinition definition) {
        }

        @Override
        protected void doCommit(DefaultTransactionStatus status) {
        }

        @Override
        protected void doRollback(DefaultTransactionStatus status) {
        }
    }
}
