package org.citizenhub.mailbox.publication;

import java.util.ArrayList;
import java.util.List;

import org.citizenhub.mailbox.letter.Letter;
import org.citizenhub.mailbox.letter.LetterChange;
import org.citizenhub.mailbox.letter.LetterHandling;
import org.citizenhub.privacy.PersonalDataMasker;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Publishes a letter and its reply with personal data masked. The masked texts are fixed when the reviewer approves
 * publication, in the same transaction, and are what the reviewer saw in the preview; the public listing only ever
 * reads these columns, never the originals.
 */
@Component
public class Publication implements LetterHandling.LetterStepListener {

    /** The masked texts of a letter, as they would be or were published. */
    public record MaskedLetter(String title, String body, String reply, List<PersonalDataMasker.Finding> findings) {
    }

    private final PersonalDataMasker masker = PersonalDataMasker.standard();
    private final JdbcClient jdbc;

    Publication(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** What would be published: shown to the reviewer before approving. */
    public MaskedLetter preview(Letter letter) {
        var names = new ArrayList<String>();
        if (letter.state().writer().name() != null) {
            names.add(letter.state().writer().name());
        }
        var title = masker.mask(letter.title(), names);
        var body = masker.mask(letter.body(), names);
        var reply = letter.state().reply() == null ? null : masker.mask(letter.state().reply().text(), names);
        var findings = new ArrayList<PersonalDataMasker.Finding>();
        findings.addAll(title.findings());
        findings.addAll(body.findings());
        if (reply != null) {
            findings.addAll(reply.findings());
        }
        return new MaskedLetter(title.text(), body.text(), reply == null ? null : reply.text(), findings);
    }

    @Override
    public void stepTaken(Letter letter, LetterChange change) {
        if (change.action() != LetterChange.Action.PUBLISHED) {
            return;
        }
        MaskedLetter masked = preview(letter);
        jdbc.sql("update letter set published_title = :title, published_body = :body, published_reply = :reply "
                        + "where id = :id")
                .param("title", masked.title()).param("body", masked.body()).param("reply", masked.reply())
                .param("id", letter.id())
                .update();
    }
}
