package org.citizenhub.casework.attachments;

import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * What an attachment belongs to once claimed: a case of some service, named by its type and id, e.g.
 * {@code ("letter", id)} in the mailbox or {@code ("consultation-case", id)}. The library knows no subject types;
 * each service names its own and decides who may see a subject.
 *
 * @param type lower-case kebab-case, at most {@value #MAX_TYPE_LENGTH} characters (column {@code subject_type})
 * @param id   the subject's id in its service (column {@code subject_id})
 */
public record AttachmentSubject(String type, UUID id) {

    public static final int MAX_TYPE_LENGTH = 50;

    private static final Pattern TYPE = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");

    public AttachmentSubject {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(id, "id");
        if (type.length() > MAX_TYPE_LENGTH || !TYPE.matcher(type).matches()) {
            throw new IllegalArgumentException("subject type must be lower-case kebab-case of at most "
                    + MAX_TYPE_LENGTH + " characters: " + type);
        }
    }

    public static AttachmentSubject of(String type, UUID id) {
        return new AttachmentSubject(type, id);
    }
}
