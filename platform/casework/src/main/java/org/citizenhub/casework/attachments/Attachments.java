package org.citizenhub.casework.attachments;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.citizenhub.web.problem.HubProblem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.unit.DataSize;

/**
 * Files owners attach to a service's cases. An owner uploads each file first ({@link #upload}); the service then
 * {@link #claim}s the uploads for a subject (its case) in the subject's own transaction. Uploads nothing claims are
 * deleted after {@code hub.casework.attachments.unclaimed-retention} ({@link #deleteExpiredUploads}).
 *
 * <p>Bytes live in PostgreSQL next to the subject. The type is sniffed from the content ({@link AttachmentTypes}),
 * the SHA-256 computed here, and the file name is kept for display only ({@link Filenames}). Who may read an
 * attachment is the service's {@link AttachmentAccess}.
 */
public class Attachments {

    private static final Logger log = LoggerFactory.getLogger(Attachments.class);
    static final int DELETE_BATCH = 100;

    /** What one cleanup run did: deleted uploads, and uploads whose deletion failed (left for the next run). */
    public record Cleanup(int deleted, int failed) {
    }

    private final AttachmentRepository repository;
    private final AttachmentProperties properties;
    private final AttachmentTypes types;
    private final TransactionTemplate transactions;
    /** Joins the subject's transaction: a refusal marks it rollback-only even if the caller catches it. */
    private final TransactionTemplate subjectTransaction;
    private final Clock clock;

    public Attachments(JdbcClient jdbc, PlatformTransactionManager transactionManager, AttachmentProperties properties,
                       Clock clock) {
        this.repository = new AttachmentRepository(jdbc);
        this.properties = Objects.requireNonNull(properties, "properties");
        this.types = new AttachmentTypes(properties.allowedTypes());
        this.transactions = new TransactionTemplate(transactionManager);
        this.subjectTransaction = new TransactionTemplate(transactionManager);
        this.subjectTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_MANDATORY);
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public AttachmentProperties properties() {
        return properties;
    }

    /**
     * Stores an owner's file until a subject claims it, in its own transaction.
     *
     * @param ownerId  the uploading user (the token's subject)
     * @param filename the name the client gave, cleaned for display (may be null)
     * @throws HubProblem {@code attachment-empty} (400), {@code attachment-too-large} (413),
     *                    {@code attachment-type-not-allowed} (415) when the content is none of the allowed types,
     *                    {@code too-many-unclaimed-attachments} (429) when the owner already has
     *                    {@code max-unclaimed-per-owner} uploads waiting to be claimed
     */
    public AttachmentInfo upload(String ownerId, String filename, byte[] content) {
        Objects.requireNonNull(ownerId, "ownerId");
        if (content == null || content.length == 0) {
            throw new HubProblem(AttachmentProblem.ATTACHMENT_EMPTY);
        }
        if (content.length > properties.maxFileSize().toBytes()) {
            throw new HubProblem(AttachmentProblem.ATTACHMENT_TOO_LARGE, readable(properties.maxFileSize()));
        }
        String contentType = types.allowedType(content).orElseThrow(() -> {
            log.info("Refused an upload whose content is {}", AttachmentTypes.sniff(content));
            return new HubProblem(AttachmentProblem.ATTACHMENT_TYPE_NOT_ALLOWED);
        });
        var info = new AttachmentInfo(UUID.randomUUID(), Filenames.clean(filename), contentType, content.length,
                sha256(content), OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MILLIS));
        transactions.executeWithoutResult(status -> {
            repository.lockUploadsOf(ownerId);
            if (repository.countUnclaimed(ownerId) >= properties.maxUnclaimedPerOwner()) {
                throw new HubProblem(AttachmentProblem.TOO_MANY_UNCLAIMED_ATTACHMENTS,
                        properties.maxUnclaimedPerOwner(), properties.unclaimedRetention().toHours());
            }
            repository.insert(info, ownerId, content);
        });
        return info;
    }

    /**
     * Attaches an owner's uploads to a subject, in the caller's transaction (the one that stores the subject). All
     * or nothing: every id must be an upload of {@code ownerId} that nothing claimed yet, and the subject may carry
     * at most {@code max-per-subject} files; otherwise nothing is claimed, a {@link HubProblem} is thrown and the
     * caller's transaction is marked rollback-only. Repeated ids count once.
     *
     * @return the claimed attachments in the order of {@code ids}; empty for no ids
     * @throws HubProblem {@code too-many-attachments} (400), {@code attachment-not-found} (400, also for another
     *                    owner's or an already claimed upload, so that existence does not leak)
     * @throws IllegalTransactionStateException when called without a transaction
     */
    public List<AttachmentInfo> claim(String ownerId, List<UUID> ids, AttachmentSubject subject) {
        Objects.requireNonNull(ownerId, "ownerId");
        Objects.requireNonNull(subject, "subject");
        return subjectTransaction.execute(status -> claimInTransaction(ownerId, ids, subject));
    }

    private List<AttachmentInfo> claimInTransaction(String ownerId, List<UUID> ids, AttachmentSubject subject) {
        if (ids == null || ids.isEmpty()) {
            return List.of();
        }
        if (ids.stream().anyMatch(Objects::isNull)) {
            throw new HubProblem(AttachmentProblem.ATTACHMENT_NOT_FOUND, "null");
        }
        List<UUID> wanted = List.copyOf(new LinkedHashSet<>(ids));
        if (repository.countOf(subject) + wanted.size() > properties.maxPerSubject()) {
            throw new HubProblem(AttachmentProblem.TOO_MANY_ATTACHMENTS, properties.maxPerSubject());
        }
        Map<UUID, AttachmentRepository.Candidate> found = repository.lockForClaim(wanted).stream()
                .collect(Collectors.toMap(AttachmentRepository.Candidate::id, Function.identity()));
        for (UUID id : wanted) {
            var candidate = found.get(id);
            if (candidate == null || !candidate.ownerId().equals(ownerId) || candidate.claimed()) {
                throw new HubProblem(AttachmentProblem.ATTACHMENT_NOT_FOUND, id);
            }
        }
        repository.claim(wanted, subject, OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MILLIS));
        Map<UUID, AttachmentInfo> infos = repository.infos(wanted).stream()
                .collect(Collectors.toMap(AttachmentInfo::id, Function.identity()));
        List<AttachmentInfo> claimed = new ArrayList<>(wanted.size());
        wanted.forEach(id -> claimed.add(infos.get(id)));
        return List.copyOf(claimed);
    }

    /** The attachments a subject claimed, oldest upload first. */
    public List<AttachmentInfo> of(AttachmentSubject subject) {
        return repository.of(Objects.requireNonNull(subject, "subject"));
    }

    /**
     * An attachment with its bytes, whoever owns it. Prefer {@link #read}: this one leaves the access decision to
     * the caller.
     */
    public Optional<StoredAttachment> content(UUID id) {
        return id == null ? Optional.empty() : repository.find(id);
    }

    /**
     * An attachment with its bytes if {@code access} permits it; empty when it does not exist or the caller may not
     * have it (the same answer, so that existence does not leak). Serve it with {@link AttachmentResponses#download}.
     */
    public Optional<StoredAttachment> read(UUID id, AttachmentAccess access) {
        Objects.requireNonNull(access, "access");
        return content(id).filter(access::permits);
    }

    /**
     * Deletes the uploads that waited longer than {@code unclaimed-retention} to be claimed, each in its own
     * transaction: an upload whose deletion fails is logged, counted and left for the next run, and never stops the
     * others.
     */
    public Cleanup deleteExpiredUploads() {
        OffsetDateTime before = OffsetDateTime.now(clock).minus(properties.unclaimedRetention());
        Set<UUID> failed = new HashSet<>();
        int deleted = 0;
        List<UUID> batch;
        do {
            batch = repository.unclaimedUploadedBefore(before, failed, DELETE_BATCH);
            for (UUID id : batch) {
                try {
                    if (Boolean.TRUE.equals(transactions.execute(status -> repository.deleteIfUnclaimed(id, before)))) {
                        deleted++;
                    }
                } catch (RuntimeException e) {
                    failed.add(id);
                    log.warn("Could not delete unclaimed attachment upload {}; will try again at the next run", id, e);
                }
            }
        } while (batch.size() == DELETE_BATCH);
        if (deleted > 0 || !failed.isEmpty()) {
            log.info("Deleted {} attachment upload(s) nothing claimed since {}; {} failed", deleted, before,
                    failed.size());
        }
        return new Cleanup(deleted, failed.size());
    }

    /** Hex SHA-256, as stored in {@code sha256} and shown to the uploader. */
    public static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException everyJavaHasIt) {
            throw new IllegalStateException(everyJavaHasIt);
        }
    }

    static String readable(DataSize size) {
        long bytes = size.toBytes();
        if (bytes % DataSize.ofMegabytes(1).toBytes() == 0) {
            return size.toMegabytes() + " MB";
        }
        if (bytes % DataSize.ofKilobytes(1).toBytes() == 0) {
            return size.toKilobytes() + " KB";
        }
        return bytes + " B";
    }
}
