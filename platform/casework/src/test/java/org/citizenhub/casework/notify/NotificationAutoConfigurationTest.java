package org.citizenhub.casework.notify;

import static org.assertj.core.api.Assertions.assertThat;

import javax.sql.DataSource;

import org.citizenhub.privacy.PersonalDataSeal;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.PlatformTransactionManager;

/** Which beans a service gets, without a database (nothing here connects). */
class NotificationAutoConfigurationTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(NotificationAutoConfiguration.class))
            .withBean(DataSource.class, () -> new DriverManagerDataSource("jdbc:postgresql://127.0.0.1:1/none"))
            .withBean(PlatformTransactionManager.class, () -> new DataSourceTransactionManager(
                    new DriverManagerDataSource("jdbc:postgresql://127.0.0.1:1/none")));

    private final ApplicationContextRunner service = runner
            .withBean(NotificationCatalogue.class, TestKinds::catalogue)
            .withBean(PersonalDataSeal.class, TestSeal::new)
            .withPropertyValues("hub.notifications.from=市民服务 <no-reply@citizenhub.example>");

    @Test
    void a_service_without_a_catalogue_gets_nothing() {
        runner.run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(context).doesNotHaveBean(CitizenNotifier.class).doesNotHaveBean(NotificationDispatcher.class);
        });
    }

    @Test
    void a_service_with_a_catalogue_gets_the_notifier_a_sender_per_channel_and_the_dispatcher() {
        service.run(context -> {
            assertThat(context).hasSingleBean(CitizenNotifier.class).hasSingleBean(NotificationDispatcher.class);
            assertThat(context.getBeansOfType(NotificationSender.class).values())
                    .extracting(NotificationSender::channel)
                    .containsExactlyInAnyOrder(ContactChannel.values());
            assertThat(context).getBean(SmsGateway.class).isInstanceOf(LoggingSmsGateway.class);
        });
    }

    @Test
    void a_service_s_own_sms_gateway_replaces_the_logging_one() {
        SmsGateway gateway = (phone, text) -> { };
        service.withBean(SmsGateway.class, () -> gateway).run(context ->
                assertThat(context).getBean(SmsGateway.class).isSameAs(gateway));
    }

    @Test
    void disabled_notifications_run_no_dispatcher_and_need_no_sender_address() {
        runner.withBean(NotificationCatalogue.class, TestKinds::catalogue)
                .withBean(PersonalDataSeal.class, TestSeal::new)
                .withPropertyValues("hub.notifications.enabled=false")
                .run(context -> {
                    assertThat(context).hasNotFailed().hasSingleBean(CitizenNotifier.class);
                    assertThat(context).doesNotHaveBean(NotificationDispatcher.class);
                });
    }

    @Test
    void a_catalogue_without_a_seal_fails_at_startup_saying_what_is_missing() {
        runner.withBean(NotificationCatalogue.class, TestKinds::catalogue)
                .withPropertyValues("hub.notifications.from=a@b.org")
                .run(context -> assertThat(context).hasFailed().getFailure()
                        .rootCause().hasMessageContaining("needs a PersonalDataSeal bean"));
    }

    @Test
    void enabled_notifications_without_a_sender_address_fail_at_startup() {
        runner.withBean(NotificationCatalogue.class, TestKinds::catalogue)
                .withBean(PersonalDataSeal.class, TestSeal::new)
                .run(context -> assertThat(context).hasFailed().getFailure()
                        .rootCause().hasMessageContaining("hub.notifications.from must be set"));
    }
}
