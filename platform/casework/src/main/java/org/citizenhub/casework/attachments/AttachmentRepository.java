package org.citizenhub.casework.attachments;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Table {@code attachment} (db/platform/R__platform_casework_attachment.sql) with the bytes in {@code bytea}, so that
 * they share the subject's transactions and backups.
 */
class AttachmentRepository {

    private static final String INFO_COLUMNS = "id, filename, content_type, size_bytes, sha256, uploaded_at";

    /** One row of a claim's candidates, locked. */
    record Candidate(UUID id, String ownerId, boolean claimed) {
    }

    private final JdbcClient jdbc;

    AttachmentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Serializes an owner's uploads until the end of the transaction, so that counting their unclaimed uploads and
     * adding one cannot interleave with another upload of theirs. The lock key is the one the mailbox used, so that
     * replicas of two versions still exclude each other during a rolling upgrade.
     */
    void lockUploadsOf(String ownerId) {
        jdbc.sql("select pg_advisory_xact_lock(hashtext('mailbox.attachment.upload'), hashtext(:owner))")
                .param("owner", ownerId)
                .query((rs, i) -> 1).list();
    }

    long countUnclaimed(String ownerId) {
        return jdbc.sql("select count(*) from attachment where owner_id = :owner and subject_id is null")
                .param("owner", ownerId)
                .query(Long.class).single();
    }

    void insert(AttachmentInfo info, String ownerId, byte[] content) {
        jdbc.sql("""
                insert into attachment (id, owner_id, filename, content_type, size_bytes, sha256, content,
                                        uploaded_at, claimed_at, subject_type, subject_id)
                values (:id, :owner, :filename, :contentType, :size, :sha256, :content, :uploadedAt, null, null, null)
                """)
                .param("id", info.id())
                .param("owner", ownerId)
                .param("filename", info.filename())
                .param("contentType", info.contentType())
                .param("size", info.size())
                .param("sha256", info.sha256())
                .param("content", content)
                .param("uploadedAt", info.uploadedAt())
                .update();
    }

    /** The rows among {@code ids} that exist, locked until the end of the transaction. */
    List<Candidate> lockForClaim(Collection<UUID> ids) {
        return jdbc.sql("select id, owner_id, subject_id from attachment where id in (:ids) for update")
                .param("ids", List.copyOf(ids))
                .query((rs, i) -> new Candidate(rs.getObject("id", UUID.class), rs.getString("owner_id"),
                        rs.getObject("subject_id") != null))
                .list();
    }

    long countOf(AttachmentSubject subject) {
        return jdbc.sql("select count(*) from attachment where subject_type = :type and subject_id = :id")
                .param("type", subject.type())
                .param("id", subject.id())
                .query(Long.class).single();
    }

    void claim(Collection<UUID> ids, AttachmentSubject subject, OffsetDateTime claimedAt) {
        jdbc.sql("""
                update attachment set subject_type = :type, subject_id = :id, claimed_at = :claimedAt
                where id in (:ids)
                """)
                .param("type", subject.type())
                .param("id", subject.id())
                .param("claimedAt", claimedAt)
                .param("ids", List.copyOf(ids))
                .update();
    }

    List<AttachmentInfo> infos(Collection<UUID> ids) {
        return jdbc.sql("select " + INFO_COLUMNS + " from attachment where id in (:ids)")
                .param("ids", List.copyOf(ids))
                .query(AttachmentRepository::info)
                .list();
    }

    List<AttachmentInfo> of(AttachmentSubject subject) {
        return jdbc.sql("select " + INFO_COLUMNS + " from attachment where subject_type = :type and subject_id = :id "
                        + "order by uploaded_at, id")
                .param("type", subject.type())
                .param("id", subject.id())
                .query(AttachmentRepository::info)
                .list();
    }

    Optional<StoredAttachment> find(UUID id) {
        return jdbc.sql("select " + INFO_COLUMNS + ", owner_id, subject_type, subject_id, content from attachment "
                        + "where id = :id")
                .param("id", id)
                .query((rs, i) -> new StoredAttachment(info(rs, i), rs.getString("owner_id"), subject(rs),
                        rs.getBytes("content")))
                .optional();
    }

    /**
     * Up to {@code batch} uploads no subject claimed that were uploaded before {@code before}, oldest first, leaving
     * out {@code skipped} (the ones that already failed in this run).
     */
    List<UUID> unclaimedUploadedBefore(OffsetDateTime before, Collection<UUID> skipped, int batch) {
        return jdbc.sql("""
                select id from attachment
                where subject_id is null and uploaded_at < :before and not (id = any(:skipped))
                order by uploaded_at, id limit :batch
                """)
                .param("before", before)
                .param("skipped", skipped.toArray(UUID[]::new))
                .param("batch", batch)
                .query(UUID.class)
                .list();
    }

    /** Deletes the upload if it is still unclaimed (a claim may have locked and taken it meanwhile). */
    boolean deleteIfUnclaimed(UUID id, OffsetDateTime before) {
        return jdbc.sql("delete from attachment where id = :id and subject_id is null and uploaded_at < :before")
                .param("id", id)
                .param("before", before)
                .update() == 1;
    }

    private static Optional<AttachmentSubject> subject(ResultSet rs) throws SQLException {
        String type = rs.getString("subject_type");
        UUID id = rs.getObject("subject_id", UUID.class);
        return type == null || id == null ? Optional.empty() : Optional.of(new AttachmentSubject(type, id));
    }

    private static AttachmentInfo info(ResultSet rs, int row) throws SQLException {
        return new AttachmentInfo(
                rs.getObject("id", UUID.class),
                rs.getString("filename"),
                rs.getString("content_type"),
                rs.getLong("size_bytes"),
                rs.getString("sha256"),
                rs.getObject("uploaded_at", OffsetDateTime.class));
    }
}
