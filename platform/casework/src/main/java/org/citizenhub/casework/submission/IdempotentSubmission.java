package org.citizenhub.casework.submission;

import java.util.Objects;
import java.util.Optional;

import org.citizenhub.web.problem.HubProblem;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A creating request that runs once per {@link IdempotencyKey}: a retry by the same owner with the same key gets
 * the first result back ({@link Submitted#replayed()} true) instead of creating a second case; the same key with
 * different content is refused ({@link SubmissionProblem#IDEMPOTENCY_KEY_REUSED}, 409).
 *
 * <p>Race-safe through the service's own unique constraint on (owner, key) — e.g. {@code constraint
 * letter_idempotency unique (writer_id, idempotency_key)}: of two concurrent first attempts one inserts, the other
 * fails on the constraint, and is answered with the winner's result. For that the creation runs in its own
 * transaction, so {@code submit} must be called outside any transaction (a failed insert aborts a PostgreSQL
 * transaction, and the winner could not be read in it).
 *
 * <pre>{@code
 * Submitted<Letter> s = submissions.submit(IdempotencyKey.fromHeader(header), new IdempotentRequest<>() {
 *     public Optional<Letter> earlier(IdempotencyKey key) { return letters.findByIdempotencyKey(writerId, key); }
 *     public boolean sameAs(Letter earlier) { return earlier.title().equals(command.title()) && ...; }
 *     public Letter create(Optional<IdempotencyKey> key) { ... letters.insert(letter, key); return letter; }
 * });
 * }</pre>
 */
public final class IdempotentSubmission {

    /** What a service tells the submission about one creating request. */
    public interface IdempotentRequest<R> {

        /** The result stored earlier under this key by the same owner, if any (committed data only). */
        Optional<R> earlier(IdempotencyKey key);

        /** Whether the earlier result was created from the same content as this request. */
        boolean sameAs(R earlier);

        /**
         * Creates the result, storing the key (if any) with it under the unique (owner, key) constraint. Runs in a
         * transaction of its own; everything it writes (the case, its history, its outbox event) commits together.
         */
        R create(Optional<IdempotencyKey> key);
    }

    /** @param replayed true when the result is the one a previous request with the same key created */
    public record Submitted<R>(R result, boolean replayed) {
    }

    private final TransactionTemplate transactions;

    public IdempotentSubmission(TransactionTemplate transactions) {
        this.transactions = Objects.requireNonNull(transactions, "transactions");
    }

    public <R> Submitted<R> submit(Optional<IdempotencyKey> key, IdempotentRequest<R> request) {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(request, "request");
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("IdempotentSubmission.submit must not run inside a transaction: "
                    + "a lost race on the idempotency constraint would abort it");
        }
        if (key.isPresent()) {
            Optional<Submitted<R>> earlier = replay(key.get(), request);
            if (earlier.isPresent()) {
                return earlier.get();
            }
        }
        try {
            R created = transactions.execute(status -> request.create(key));
            return new Submitted<>(Objects.requireNonNull(created, "create returned null"), false);
        } catch (DuplicateKeyException raceWithTheSameKey) {
            if (key.isEmpty()) {
                throw raceWithTheSameKey;
            }
            // another request with the same key committed first; a different unique violation finds nothing
            return replay(key.get(), request).orElseThrow(() -> raceWithTheSameKey);
        }
    }

    /** Same as {@link #submit(Optional, IdempotentRequest)} for a key that may be null. */
    public <R> Submitted<R> submit(IdempotencyKey keyOrNull, IdempotentRequest<R> request) {
        return submit(Optional.ofNullable(keyOrNull), request);
    }

    private <R> Optional<Submitted<R>> replay(IdempotencyKey key, IdempotentRequest<R> request) {
        return request.earlier(key).map(earlier -> {
            if (!request.sameAs(earlier)) {
                throw new HubProblem(SubmissionProblem.IDEMPOTENCY_KEY_REUSED);
            }
            return new Submitted<>(earlier, true);
        });
    }
}
