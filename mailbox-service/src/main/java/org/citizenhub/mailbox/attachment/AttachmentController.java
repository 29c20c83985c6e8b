package org.citizenhub.mailbox.attachment;

import java.io.IOException;
import java.util.Optional;
import java.util.UUID;

import org.citizenhub.web.problem.CommonProblem;
import org.citizenhub.web.problem.HubProblem;
import org.citizenhub.web.security.CurrentUser;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** A citizen's files for their next letter: upload one, download one's own. */
@RestController
@RequestMapping("/attachments")
class AttachmentController {

    record UploadedAttachment(UUID id, String filename, String contentType, long size, String sha256) {
        static UploadedAttachment of(AttachmentInfo info) {
            return new UploadedAttachment(info.id(), info.filename(), info.contentType(), info.size(), info.sha256());
        }
    }

    private final Attachments attachments;

    AttachmentController(Attachments attachments) {
        this.attachments = attachments;
    }

    /** multipart/form-data with the file in part {@code file}; its Content-Type and name decide nothing. */
    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize("hasRole('citizen')")
    ResponseEntity<UploadedAttachment> upload(@RequestPart("file") MultipartFile file, CurrentUser user)
            throws IOException {
        AttachmentInfo info = attachments.upload(user.subject(), file.getOriginalFilename(), file.getBytes());
        return ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentRequestUri().path("/{id}")
                        .buildAndExpand(info.id()).toUri())
                .body(UploadedAttachment.of(info));
    }

    /** The uploader's own file, claimed or not; anyone else's is 404 so that existence does not leak. */
    @GetMapping("/{id}")
    @PreAuthorize("hasRole('citizen')")
    ResponseEntity<byte[]> download(@PathVariable String id, CurrentUser user) {
        return uuid(id).flatMap(attachments::content)
                .filter(attachment -> attachment.isOwnedBy(user.subject()))
                .map(AttachmentResponses::download)
                .orElseThrow(() -> new HubProblem(CommonProblem.NOT_FOUND));
    }

    private static Optional<UUID> uuid(String id) {
        try {
            return Optional.of(UUID.fromString(id));
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
    }
}
