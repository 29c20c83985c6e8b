package org.citizenhub.casework.attachments;

import org.citizenhub.testing.SampleFiles;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class AttachmentResponsesTest {

    @Test
    void a_download_is_an_attachment_with_the_sniffed_type_that_a_browser_may_neither_sniff_nor_run() {
        byte[] png = SampleFiles.png();
        var info = new AttachmentInfo(UUID.randomUUID(), "坑洼 \"1\".png", "image/png", png.length,
                Attachments.sha256(png), OffsetDateTime.now());

        var response = AttachmentResponses.download(new StoredAttachment(info, "owner", Optional.empty(), png));

        assertThat(response.getStatusCode().value()).isEqualTo(200);
        assertThat(response.getBody()).isEqualTo(png);
        var headers = response.getHeaders();
        assertThat(headers.getContentType()).hasToString("image/png");
        assertThat(headers.getFirst("Content-Disposition"))
                .isEqualTo("attachment; filename=\"__ _1_.png\"; filename*=UTF-8''%E5%9D%91%E6%B4%BC%20%221%22.png");
        assertThat(headers.getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(headers.getFirst("Content-Security-Policy")).startsWith("sandbox");
        assertThat(headers.getCacheControl()).contains("no-store");
    }
}
