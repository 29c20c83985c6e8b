package org.citizenhub.casework.submission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import org.citizenhub.web.problem.HubProblem;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.AbstractPlatformTransactionManager;
import org.springframework.transaction.support.DefaultTransactionStatus;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

class IdempotentSubmissionTest {

    /** Stored results by key, as the service's table with its unique (owner, key) constraint would hold them. */
    private final Map<String, String> stored = new HashMap<>();
    private final List<String> created = new ArrayList<>();
    private final AtomicInteger transactions = new AtomicInteger();
    private final IdempotentSubmission submissions = new IdempotentSubmission(new TransactionTemplate(new Counting()));

    private final IdempotencyKey key = IdempotencyKey.of("retry-0001");

    @Test
    void without_a_key_every_request_creates() {
        var first = submissions.submit(Optional.empty(), request("hello"));
        var second = submissions.submit((IdempotencyKey) null, request("hello"));

        assertThat(created).hasSize(2);
        assertThat(first.replayed()).isFalse();
        assertThat(second.result()).isNotEqualTo(first.result());
    }

    @Test
    void a_retry_with_the_same_key_and_content_returns_the_first_result_without_creating_again() {
        var first = submissions.submit(key, request("hello"));
        var retry = submissions.submit(key, request("hello"));

        assertThat(created).hasSize(1);
        assertThat(retry.result()).isEqualTo(first.result());
        assertThat(first.replayed()).isFalse();
        assertThat(retry.replayed()).isTrue();
    }

    @Test
    void the_same_key_with_other_content_is_refused_with_409() {
        submissions.submit(key, request("hello"));

        assertThatThrownBy(() -> submissions.submit(key, request("something else")))
                .isInstanceOfSatisfying(HubProblem.class,
                        p -> assertThat(p.type()).isEqualTo(SubmissionProblem.IDEMPOTENCY_KEY_REUSED));
        assertThat(created).hasSize(1);
    }

    @Test
    void losing_the_race_on_the_unique_constraint_answers_with_the_winners_result() {
        // the winner commits between our look-up and our insert
        var request = new Request("hello") {
            @Override
            public String create(Optional<IdempotencyKey> k) {
                stored.put(k.orElseThrow().value(), "winner:hello");
                throw new DuplicateKeyException("letter_idempotency");
            }
        };

        var result = submissions.submit(key, request);

        assertThat(result.result()).isEqualTo("winner:hello");
        assertThat(result.replayed()).isTrue();
    }

    @Test
    void a_unique_violation_that_is_not_about_the_key_is_not_hidden() {
        var request = new Request("hello") {
            @Override
            public String create(Optional<IdempotencyKey> k) {
                throw new DuplicateKeyException("tracking_number");
            }
        };

        assertThatThrownBy(() -> submissions.submit(key, request)).isInstanceOf(DuplicateKeyException.class);
        assertThatThrownBy(() -> submissions.submit(Optional.empty(), request))
                .isInstanceOf(DuplicateKeyException.class);
    }

    @Test
    void the_creation_runs_in_a_transaction_of_its_own() {
        submissions.submit(key, request("hello"));

        assertThat(transactions).hasValue(1);
    }

    @Test
    void it_refuses_to_run_inside_a_surrounding_transaction_where_a_lost_race_could_not_be_answered() {
        TransactionSynchronizationManager.setActualTransactionActive(true);
        try {
            assertThatIllegalStateException().isThrownBy(() -> submissions.submit(key, request("hello")))
                    .withMessageContaining("must not run inside a transaction");
        } finally {
            TransactionSynchronizationManager.setActualTransactionActive(false);
        }
        assertThat(created).isEmpty();
    }

    private Request request(String content) {
        return new Request(content);
    }

    private class Request implements IdempotentSubmission.IdempotentRequest<String> {

        private final String content;

        Request(String content) {
            this.content = content;
        }

        @Override
        public Optional<String> earlier(IdempotencyKey k) {
            return Optional.ofNullable(stored.get(k.value()));
        }

        @Override
        public boolean sameAs(String earlier) {
            return earlier.endsWith(":" + content);
        }

        @Override
        public String create(Optional<IdempotencyKey> k) {
            String result = "case-" + (created.size() + 1) + ":" + content;
            created.add(result);
            k.ifPresent(value -> stored.put(value.value(), result));
            return result;
        }
    }

    private class Counting extends AbstractPlatformTransactionManager {

        @Override
        protected Object doGetTransaction() {
            return new Object();
        }

        @Override
        protected void doBegin(Object transaction, TransactionDefinition definition) {
            transactions.incrementAndGet();
        }

        @Override
        protected void doCommit(DefaultTransactionStatus status) {
        }

        @Override
        protected void doRollback(DefaultTransactionStatus status) {
        }
    }
}
