package org.citizenhub.casework.attachments;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.citizenhub.web.problem.CommonProblem;
import org.citizenhub.web.problem.HubProblem;
import org.springframework.http.ResponseEntity;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The upload and download answers, for a service's own controllers to mount under its own paths and access rules:
 * the controller maps the path, checks the role, names the owner or the {@link AttachmentAccess}, and returns what
 * this gives back.
 *
 * <pre>{@code
 * @PostMapping(path = "/attachments", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
 * @PreAuthorize("hasRole('citizen')")
 * ResponseEntity<UploadedAttachment> upload(@RequestPart("file") MultipartFile file, CurrentUser user) throws IOException {
 *     return endpoints.upload(user.subject(), file);
 * }
 * }</pre>
 */
public class AttachmentEndpoints {

    /** The answer to an upload: what the portal sends back with the case to claim it. */
    public record UploadedAttachment(UUID id, String filename, String contentType, long size, String sha256) {
        public static UploadedAttachment of(AttachmentInfo info) {
            return new UploadedAttachment(info.id(), info.filename(), info.contentType(), info.size(), info.sha256());
        }
    }

    private final Attachments attachments;

    public AttachmentEndpoints(Attachments attachments) {
        this.attachments = attachments;
    }

    /**
     * Stores the file of part {@code file} for {@code ownerId}; 201 with {@code Location} = the request's URI +
     * {@code /{id}}. The part's Content-Type and name decide nothing.
     */
    public ResponseEntity<UploadedAttachment> upload(String ownerId, MultipartFile file) throws IOException {
        AttachmentInfo info = attachments.upload(ownerId, file.getOriginalFilename(), file.getBytes());
        return ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentRequestUri().path("/{id}")
                        .buildAndExpand(info.id()).toUri())
                .body(UploadedAttachment.of(info));
    }

    /**
     * The file as a sandboxed download ({@link AttachmentResponses}) if {@code access} permits it; 404
     * {@code not-found} otherwise, also for an id that is no UUID, so that existence does not leak.
     */
    public ResponseEntity<byte[]> download(String id, AttachmentAccess access) {
        return uuid(id).flatMap(uuid -> attachments.read(uuid, access))
                .map(AttachmentResponses::download)
                .orElseThrow(() -> new HubProblem(CommonProblem.NOT_FOUND));
    }

    /** What a subject carries, oldest first; the caller has checked that the user may see the subject. */
    public List<AttachmentInfo> list(AttachmentSubject subject) {
        return attachments.of(subject);
    }

    private static Optional<UUID> uuid(String id) {
        try {
            return Optional.ofNullable(id).map(UUID::fromString);
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
    }
}
