package org.citizenhub.casework.attachments;

import org.citizenhub.testing.SampleFiles;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class AttachmentAccessTest {

    private final AttachmentSubject letter = AttachmentSubject.of("letter", UUID.randomUUID());
    private final AttachmentSubject sameIdOtherType = AttachmentSubject.of("consultation-case", letter.id());

    @Test
    void the_owner_may_read_their_upload_before_and_after_it_is_claimed() {
        var access = AttachmentAccess.owner("citizen-1");

        assertThat(access.permits(stored("citizen-1", Optional.empty()))).isTrue();
        assertThat(access.permits(stored("citizen-1", Optional.of(letter)))).isTrue();
        assertThat(access.permits(stored("citizen-2", Optional.empty()))).isFalse();
    }

    @Test
    void staff_of_a_subject_read_only_what_that_subject_claimed() {
        var access = AttachmentAccess.subject(letter);

        assertThat(access.permits(stored("citizen-1", Optional.of(letter)))).isTrue();
        assertThat(access.permits(stored("citizen-1", Optional.empty()))).as("unclaimed").isFalse();
        assertThat(access.permits(stored("citizen-1", Optional.of(sameIdOtherType)))).as("other type").isFalse();
        assertThat(access.permits(stored("citizen-1", Optional.of(AttachmentSubject.of("letter", UUID.randomUUID())))))
                .as("other letter").isFalse();
    }

    @Test
    void rules_combine_with_or() {
        var access = AttachmentAccess.owner("citizen-1").or(AttachmentAccess.subject(letter));

        assertThat(access.permits(stored("citizen-2", Optional.of(letter)))).isTrue();
        assertThat(access.permits(stored("citizen-1", Optional.empty()))).isTrue();
        assertThat(access.permits(stored("citizen-2", Optional.empty()))).isFalse();
    }

    private static StoredAttachment stored(String owner, Optional<AttachmentSubject> subject) {
        byte[] png = SampleFiles.png();
        var info = new AttachmentInfo(UUID.randomUUID(), "a.png", "image/png", png.length, Attachments.sha256(png),
                OffsetDateTime.now());
        return new StoredAttachment(info, owner, subject, png);
    }
}
