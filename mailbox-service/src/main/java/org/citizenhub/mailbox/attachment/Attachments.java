package org.citizenhub.mailbox.attachment;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.citizenhub.mailbox.problem.MailboxProblem;
import org.citizenhub.web.problem.HubProblem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.unit.DataSize;

/**
 * Files citizens attach to their letters. A citizen uploads each file first ({@link #upload}); submitting the letter
 * then {@link #claim}s the uploads in the letter's own transaction. Uploads no letter claims are deleted after
 * {@code hub.mailbox.attachments.unclaimed-retention} ({@link #deleteExpiredUploads}).
 *
 * <p>Bytes live in PostgreSQL next to the letter. The type is sniffed from the content ({@link AttachmentTypes}),
 * the SHA-256 computed here, and the file name is kept for display only ({@link Filenames}).
 */
@Service
public class Attachments {

    private static final Logger log = LoggerFactory.getLogger(Attachments.class);
    private static final int DELETE_BATCH = 100;

    private final AttachmentRepository repository;
    private final AttachmentProperties properties;
    private final AttachmentTypes types;
    private final TransactionTemplate transactions;
    private final Clock clock;

    Attachments(AttachmentRepository repository, AttachmentProperties properties, TransactionTemplate transactions,
                Clock clock) {
        this.repository = repository;
        this.properties = properties;
        this.types = new AttachmentTypes(properties.allowedTypes());
        this.transactions = transactions;
        this.clock = clock;
    }

    /**
     * Stores a citizen's file until a letter claims it.
     *
     * @param filename the name the client gave, cleaned for display (may be null)
     * @throws HubProblem {@code attachment-empty} (400), {@code attachment-too-large} (413),
     *                    {@code attachment-type-not-allowed} (415) when the content is none of the allowed types,
     *                    {@code too-many-unclaimed-attachments} (429) when the citizen already has
     *                    {@code max-unclaimed-per-citizen} uploads waiting for a letter
     */
    public AttachmentInfo upload(String ownerId, String filename, byte[] content) {
        Objects.requireNonNull(ownerId, "ownerId");
        if (content == null || content.length == 0) {
            throw new HubProblem(MailboxProblem.ATTACHMENT_EMPTY);
        }
        if (content.length > properties.maxFileSize().toBytes()) {
            throw new HubProblem(MailboxProblem.ATTACHMENT_TOO_LARGE, readable(properties.maxFileSize()));
        }
        String contentType = types.allowedType(content).orElseThrow(() -> {
            log.info("Refused an upload whose content is {}", AttachmentTypes.sniff(content));
            return new HubProblem(MailboxProblem.ATTACHMENT_TYPE_NOT_ALLOWED);
        });
        var info = new AttachmentInfo(UUID.randomUUID(), Filenames.clean(filename), contentType, content.length,
                sha256(content), OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MILLIS));
        transactions.executeWithoutResult(status -> {
            repository.lockUploadsOf(ownerId);
            if (repository.countUnclaimed(ownerId) >= properties.maxUnclaimedPerCitizen()) {
                throw new HubProblem(MailboxProblem.TOO_MANY_UNCLAIMED_ATTACHMENTS,
                        properties.maxUnclaimedPerCitizen(), properties.unclaimedRetention().toHours());
            }
            repository.insert(info, ownerId, content);
        });
        return info;
    }

    /**
     * Attaches a citizen's uploads to their letter, in the caller's transaction (the one that stores the letter).
     * All or nothing: every id must be an upload of {@code ownerId} that no letter claimed yet, and the letter may
     * carry at most {@code max-per-letter} files; otherwise nothing is claimed, a {@link HubProblem} is thrown and
     * the caller's transaction is marked rollback-only. Repeated ids count once.
     *
     * @return the claimed attachments in the order of {@code ids}; empty for no ids
     * @throws HubProblem {@code too-many-attachments} (400), {@code attachment-not-found} (400, also for another
     *                    citizen's or an already claimed upload, so that existence does not leak)
     * @throws org.springframework.transaction.IllegalTransactionStateException when called without a transaction
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<AttachmentInfo> claim(String ownerId, List<UUID> ids, UUID letterId) {
        Objects.requireNonNull(ownerId, "ownerId");
        Objects.requireNonNull(letterId, "letterId");
        if (ids == null || ids.isEmpty()) {
            return List.of();
        }
        if (ids.stream().anyMatch(Objects::isNull)) {
            throw new HubProblem(MailboxProblem.ATTACHMENT_NOT_FOUND, "null");
        }
        List<UUID> wanted = List.copyOf(new LinkedHashSet<>(ids));
        if (repository.countOfLetter(letterId) + wanted.size() > properties.maxPerLetter()) {
            throw new HubProblem(MailboxProblem.TOO_MANY_ATTACHMENTS, properties.maxPerLetter());
        }
        Map<UUID, AttachmentRepository.Candidate> found = repository.lockForClaim(wanted).stream()
                .collect(Collectors.toMap(AttachmentRepository.Candidate::id, Function.identity()));
        for (UUID id : wanted) {
            var candidate = found.get(id);
            if (candidate == null || !candidate.ownerId().equals(ownerId) || candidate.letterId() != null) {
                throw new HubProblem(MailboxProblem.ATTACHMENT_NOT_FOUND, id);
            }
        }
        repository.claim(wanted, letterId, OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MILLIS));
        Map<UUID, AttachmentInfo> infos = repository.infos(wanted).stream()
                .collect(Collectors.toMap(AttachmentInfo::id, Function.identity()));
        List<AttachmentInfo> claimed = new ArrayList<>(wanted.size());
        wanted.forEach(id -> claimed.add(infos.get(id)));
        return List.copyOf(claimed);
    }

    /** The attachments a letter claimed, oldest upload first. */
    public List<AttachmentInfo> ofLetter(UUID letterId) {
        return repository.ofLetter(letterId);
    }

    /**
     * An attachment with its bytes, whoever owns it: the caller decides who may see it (the uploader, see
     * {@link StoredAttachment#isOwnedBy}, or staff who may see {@link StoredAttachment#letterId()}), and serves it
     * with {@link AttachmentResponses#download}.
     */
    public Optional<StoredAttachment> content(UUID id) {
        return id == null ? Optional.empty() : repository.find(id);
    }

    /** Deletes the uploads that waited longer than {@code unclaimed-retention} for a letter; how many. */
    public int deleteExpiredUploads() {
        OffsetDateTime before = OffsetDateTime.now(clock).minus(properties.unclaimedRetention());
        int total = 0;
        int deleted;
        do {
            deleted = repository.deleteUnclaimedUploadedBefore(before, DELETE_BATCH);
            total += deleted;
        } while (deleted == DELETE_BATCH);
        if (total > 0) {
            log.info("Deleted {} attachment upload(s) no letter claimed since {}", total, before);
        }
        return total;
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException everyJavaHasIt) {
            throw new IllegalStateException(everyJavaHasIt);
        }
    }

    private static String readable(DataSize size) {
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
