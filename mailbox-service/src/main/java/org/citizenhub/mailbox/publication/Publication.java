package org.citizenhub.mailbox.publication;

import java.util.ArrayList;
import java.util.List;

import org.citizenhub.mailbox.letter.Letter;
import org.citizenhub.mailbox.letter.PublicationMasking;
import org.citizenhub.privacy.PersonalDataMasker;
import org.springframework.stereotype.Component;

/**
 * Masks a letter and its reply for publication. The letter keeps the masked texts as part of the reviewer's
 * approval (stored with it, under its optimistic lock), and they are what the reviewer saw in the preview; the
 * public listing only ever reads these, never the originals.
 */
@Component
public class Publication implements PublicationMasking {

    /** The masked texts of a letter, as they would be or were published. */
    public record MaskedLetter(String title, String body, String reply, List<PersonalDataMasker.Finding> findings) {
    }

    private final PersonalDataMasker masker = PersonalDataMasker.standard();

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
    public Letter.PublishedText mask(Letter letter) {
        MaskedLetter masked = preview(letter);
        return new Letter.PublishedText(masked.title(), masked.body(), masked.reply());
    }
}
