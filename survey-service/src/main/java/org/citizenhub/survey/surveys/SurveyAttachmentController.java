package org.citizenhub.survey.surveys;

import java.io.IOException;

import org.citizenhub.casework.attachments.AttachmentEndpoints;
import org.citizenhub.web.security.CurrentUser;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Uploads for file questions (real-name surveys only): the answer names the returned id, and the response claims it
 * in its own transaction (platform/casework attachments: types sniffed, sizes and counts limited).
 */
@RestController
class SurveyAttachmentController {

    private final AttachmentEndpoints endpoints;

    SurveyAttachmentController(AttachmentEndpoints endpoints) {
        this.endpoints = endpoints;
    }

    @PostMapping(path = "/attachments", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<AttachmentEndpoints.UploadedAttachment> upload(@RequestPart("file") MultipartFile file,
                                                                  CurrentUser user) throws IOException {
        return endpoints.upload(user.subject(), file);
    }
}
