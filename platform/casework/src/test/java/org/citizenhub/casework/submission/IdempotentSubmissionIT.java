package org.citizenhub.casework.submission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.citizenhub.casework.TestCases;
import org.citizenhub.casework.TestService;
import org.citizenhub.casework.deadlines.CaseDeadlines;
import org.citizenhub.web.problem.HubProblem;
import org.junit.jupiter.api.Test;

/** A retried creating request on the real PostgreSQL, with the service's unique (owner, key) constraint. */
class IdempotentSubmissionIT {

    private final TestCases cases = TestService.bean(TestCases.class);
    private final IdempotentSubmission submissions = TestService.bean(IdempotentSubmission.class);
    private final String run = "submit-" + UUID.randomUUID().toString().substring(0, 8);
    private final String owner = "citizen-" + run;

    @Test
    void two_requests_racing_with_the_same_key_make_one_case_and_both_get_it() throws Exception {
        IdempotencyKey key = IdempotencyKey.of(UUID.randomUUID().toString());
        // both requests have looked for an earlier case and found none before either inserts
        CyclicBarrier bothLookedUp = new CyclicBarrier(2);

        List<IdempotentSubmission.Submitted<TestCases.Case>> results;
        try (ExecutorService pool = Executors.newFixedThreadPool(2)) {
            List<Future<IdempotentSubmission.Submitted<TestCases.Case>>> futures = List.of(
                    pool.submit(() -> submissions.submit(key, request("same title", bothLookedUp))),
                    pool.submit(() -> submissions.submit(key, request("same title", bothLookedUp))));
            results = List.of(futures.get(0).get(30, TimeUnit.SECONDS), futures.get(1).get(30, TimeUnit.SECONDS));
        }

        assertThat(results).extracting(r -> r.result().id()).containsOnly(results.getFirst().result().id());
        assertThat(results).extracting(r -> r.result().trackingNumber())
                .containsOnly(results.getFirst().result().trackingNumber());
        assertThat(results).extracting(IdempotentSubmission.Submitted::replayed).containsExactlyInAnyOrder(true, false);
        assertThat(rowsOf(owner)).isEqualTo(1);
        assertThat(cases.history().read(results.getFirst().result().id())).hasSize(1);
    }

    @Test
    void a_retry_after_the_first_committed_returns_the_same_case_and_other_content_is_refused() {
        IdempotencyKey key = IdempotencyKey.of(UUID.randomUUID().toString());

        var first = submissions.submit(key, request("a title", null));
        var retry = submissions.submit(key, request("a title", null));

        assertThat(retry.replayed()).isTrue();
        assertThat(retry.result().trackingNumber()).isEqualTo(first.result().trackingNumber());
        assertThatThrownBy(() -> submissions.submit(key, request("another title", null)))
                .isInstanceOfSatisfying(HubProblem.class,
                        p -> assertThat(p.type()).isEqualTo(SubmissionProblem.IDEMPOTENCY_KEY_REUSED));
        assertThat(rowsOf(owner)).isEqualTo(1);
    }

    @Test
    void without_a_key_each_request_makes_its_own_case() {
        submissions.submit(Optional.empty(), request("a title", null));
        submissions.submit(Optional.empty(), request("a title", null));

        assertThat(rowsOf(owner)).isEqualTo(2);
    }

    private IdempotentSubmission.IdempotentRequest<TestCases.Case> request(String title, CyclicBarrier barrier) {
        return new IdempotentSubmission.IdempotentRequest<>() {
            @Override
            public Optional<TestCases.Case> earlier(IdempotencyKey key) {
                return cases.byKey(owner, key);
            }

            @Override
            public boolean sameAs(TestCases.Case earlier) {
                return earlier.title().equals(title);
            }

            @Override
            public TestCases.Case create(Optional<IdempotencyKey> key) {
                if (barrier != null) {
                    try {
                        barrier.await(10, TimeUnit.SECONDS);
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                }
                return cases.insert(run, owner, title, key, CaseDeadlines.none(), false);
            }
        };
    }

    private long rowsOf(String ownerId) {
        return cases.jdbc().sql("select count(*) from it_case where owner_id = :owner").param("owner", ownerId)
                .query(Long.class).single();
    }
}
