package org.citizenhub.mailbox.attachment;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Attachments and their bytes in PostgreSQL ({@code bytea}), so they share the letters' transactions and backups. */
@Repository
class AttachmentRepository {

    private static final String INFO_COLUMNS = "id, filename, content_type, size_bytes, sha256, uploaded_at";

    /** One row of a claim's candidates, locked. */
    record Candidate(UUID id, String ownerId, UUID letterId) {
    }

    private final JdbcClient jdbc;

    AttachmentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Serializes a citizen's uploads until the end of the transaction, so that counting their unclaimed uploads and
     * adding one cannot interleave with another upload of theirs.
     */
    void lockUploadsOf(String ownerId) {
        jdbc.sql("select pg_advisory_xact_lock(hashtext('mailbox.attachment.upload'), hashtext(:owner))")
                .param("owner", ownerId)
                .query((rs, i) -> 1).list();
    }

    long countUnclaimed(String ownerId) {
        return jdbc.sql("select count(*) from attachment where owner_id = :owner and letter_id is null")
                .param("owner", ownerId)
                .query(Long.class).single();
    }

    void insert(AttachmentInfo info, String ownerId, byte[] content) {
        jdbc.sql("""
                insert into attachment (id, owner_id, letter_id, filename, content_type, size_bytes, sha256, content,
                                        uploaded_at, claimed_at)
                values (:id, :owner, null, :filename, :contentType, :size, :sha256, :content, :uploadedAt, null)
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
        return jdbc.sql("select id, owner_id, letter_id from attachment where id in (:ids) for update")
                .param("ids", List.copyOf(ids))
                .query((rs, i) -> new Candidate(rs.getObject("id", UUID.class), rs.getString("owner_id"),
                        rs.getObject("letter_id", UUID.class)))
                .list();
    }

    long countOfLetter(UUID letterId) {
        return jdbc.sql("select count(*) from attachment where letter_id = :letter")
                .param("letter", letterId)
                .query(Long.class).single();
    }

    void claim(Collection<UUID> ids, UUID letterId, OffsetDateTime claimedAt) {
        jdbc.sql("update attachment set letter_id = :letter, claimed_at = :claimedAt where id in (:ids)")
                .param("letter", letterId)
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

    List<AttachmentInfo> ofLetter(UUID letterId) {
        return jdbc.sql("select " + INFO_COLUMNS + " from attachment where letter_id = :letter "
                        + "order by uploaded_at, id")
                .param("letter", letterId)
                .query(AttachmentRepository::info)
                .list();
    }

    Optional<StoredAttachment> find(UUID id) {
        return jdbc.sql("select " + INFO_COLUMNS + ", owner_id, letter_id, content from attachment where id = :id")
                .param("id", id)
                .query((rs, i) -> new StoredAttachment(info(rs, i), rs.getString("owner_id"),
                        Optional.ofNullable(rs.getObject("letter_id", UUID.class)), rs.getBytes("content")))
                .optional();
    }

    /** Deletes at most {@code batch} uploads no letter claimed that were uploaded before {@code before}. */
    int deleteUnclaimedUploadedBefore(OffsetDateTime before, int batch) {
        return jdbc.sql("""
                delete from attachment where id in (
                    select id from attachment where letter_id is null and uploaded_at < :before
                    order by uploaded_at limit :batch)
                """)
                .param("before", before)
                .param("batch", batch)
                .update();
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
