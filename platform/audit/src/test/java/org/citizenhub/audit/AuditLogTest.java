package org.citizenhub.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Map;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.IllegalTransactionStateException;
import tools.jackson.databind.json.JsonMapper;

/** What the log refuses before it reaches the database (the database itself: AdminAuditLogTableIT). */
class AuditLogTest {

    private final DataSource database = mock(DataSource.class);
    private final AuditLog log = new AuditLog(JdbcClient.create(database), JsonMapper.builder().build(),
            Clock.system(ZoneId.of("Asia/Shanghai")));
    private final AuditActor admin = new AuditActor("s-admin", "admin");

    @Test
    void an_entry_outside_a_transaction_is_refused_so_that_it_cannot_commit_without_its_operation() {
        assertThatThrownBy(() -> log.record(admin, "mailbox.created", "mailbox", "M1", Map.of()))
                .isInstanceOf(IllegalTransactionStateException.class);
        verifyNoInteractions(database);
    }

    @Test
    void an_entry_names_its_action_and_target() {
        assertThatIllegalArgumentException().isThrownBy(() -> log.record(admin, " ", "mailbox", "M1", Map.of()));
        assertThatIllegalArgumentException().isThrownBy(() -> log.record(admin, "mailbox.created", "", "M1", Map.of()));
        assertThatIllegalArgumentException().isThrownBy(() -> log.record(admin, "mailbox.created", "mailbox", null,
                Map.of()));
        assertThatThrownBy(() -> log.record(null, "mailbox.created", "mailbox", "M1", Map.of()))
                .isInstanceOf(NullPointerException.class);
    }

    @Test
    void an_actor_needs_a_subject() {
        assertThatIllegalArgumentException().isThrownBy(() -> new AuditActor(" ", "admin"));
        assertThatThrownBy(() -> new AuditActor(null, "admin")).isInstanceOf(NullPointerException.class);
        assertThat(new AuditActor("s-1", null).username()).isNull();
    }

    @Test
    void pages_are_numbered_from_zero_and_hold_1_to_200_entries() {
        assertThatIllegalArgumentException().isThrownBy(() -> log.find(AuditQuery.ALL, -1, 50));
        assertThatIllegalArgumentException().isThrownBy(() -> log.find(AuditQuery.ALL, 0, 0));
        assertThatIllegalArgumentException().isThrownBy(() -> log.find(AuditQuery.ALL, 0, AuditLog.MAX_PAGE_SIZE + 1));
        verifyNoInteractions(database);
    }

    @Test
    void a_reversed_period_finds_nothing_without_asking_the_database() {
        var from = OffsetDateTime.parse("2026-10-08T00:00:00+08:00");

        var page = log.find(new AuditQuery(from, from.minusDays(1), null, null, null, null), 0, 50);

        assertThat(page.entries()).isEmpty();
        assertThat(page.total()).isZero();
        verifyNoInteractions(database);
    }
}
