package org.citizenhub.mailbox.attachment;

import java.io.IOException;

import org.citizenhub.casework.attachments.AttachmentAccess;
import org.citizenhub.casework.attachments.AttachmentEndpoints;
import org.citizenhub.casework.attachments.AttachmentEndpoints.UploadedAttachment;
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

/** A citizen's files for their next letter: upload one, download one's own. */
@RestController
@RequestMapping("/attachments")
class AttachmentController {

    private final AttachmentEndpoints endpoints;

    AttachmentController(AttachmentEndpoints endpoints) {
        this.endpoints = endpoints;
    }

    /** multipart/form-data with the file in part {@code file}; its Content-Type and name decide nothing. */
    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize("hasRole('citizen')")
    ResponseEntity<UploadedAttachment> upload(@RequestPart("file") MultipartFile file, CurrentUser user)
            throws IOException {
        return endpoints.upload(user.subject(), file);
    }

    /** The uploader's own file, claimed or not; anyone else's is 404 so that existence does not leak. */
    @GetMapping("/{id}")
    @PreAuthorize("hasRole('citizen')")
    ResponseEntity<byte[]> download(@PathVariable String id, CurrentUser user) {
        return endpoints.download(id, AttachmentAccess.owner(user.subject()));
    }
}
