package org.citizenhub.consultation.knowledge;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

import org.citizenhub.audit.AuditActor;
import org.citizenhub.audit.AuditLog;
import org.citizenhub.casework.actor.Actor;
import org.citizenhub.consultation.CaseSites;
import org.citizenhub.consultation.cases.domain.CaseChange;
import org.citizenhub.consultation.cases.CaseHandling;
import org.citizenhub.consultation.cases.CaseRepository;
import org.citizenhub.consultation.cases.CategoryCheck;
import org.citizenhub.consultation.cases.domain.ConsultationCase;
import org.citizenhub.consultation.cases.ConsultationProblem;
import org.citizenhub.privacy.PersonalDataMasker;
import org.citizenhub.sites.web.SiteSelection;
import org.citizenhub.web.problem.HubProblem;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 热点解答 / 常见问题: the published answers of cases (entered when a reviewer approves a reply and allows its
 * publication, masked in that step's transaction) and staff-written FAQ entries (masked when written, published
 * after review, every admin step audit-logged), searched in Chinese by character bigrams. Nothing unmasked is
 * stored here, and a query is masked too before it is split into terms, so a phone or ID number finds nothing.
 */
@Service
public class KnowledgeBase implements CaseHandling.CaseStepListener {

    /** Similar answers offered before a citizen submits: at most this many, each at least this similar. */
    public static final int SIMILAR_LIMIT = 5;
    public static final double SIMILAR_MIN_SCORE = 0.1;
    public static final int PAGE_SIZE = 20;
    public static final int MAX_QUERY = 500;

    /** What is published: the standard detectors, plus licence plates (a complaint about a vehicle names one). */
    static final PersonalDataMasker MASKER = PersonalDataMasker.standard()
            .with(org.citizenhub.privacy.Detectors.licencePlate());

    /** The masked texts of an FAQ entry and what the masker found (kinds and positions, never the values). */
    public record Written(FaqEntry entry, List<PersonalDataMasker.Finding> masked) {
    }

    private final KnowledgeRepository entries;
    private final CaseRepository cases;
    private final CategoryCheck categories;
    private final AuditLog audit;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final CaseSites sites;

    KnowledgeBase(KnowledgeRepository entries, CaseRepository cases, CategoryCheck categories, AuditLog audit,
                  TransactionTemplate transactions, Clock clock, CaseSites sites) {
        this.sites = sites;
        this.entries = entries;
        this.cases = cases;
        this.categories = categories;
        this.audit = audit;
        this.transactions = transactions;
        this.clock = clock;
    }

    // --- answers of cases ----------------------------------------------------------------------------------------

    /** What would be published of a case: shown to the reviewer before approving, and then stored as shown. */
    public record Preview(String title, String question, String answer, List<String> masked) {
    }

    public Preview preview(ConsultationCase c) {
        var s = c.state();
        var contact = cases.reach(s.id()).contact();
        var names = contact == null || contact.name() == null ? List.<String>of() : List.of(contact.name());
        var title = MASKER.mask(s.submission().title(), names);
        var question = MASKER.mask(s.submission().body(), names);
        var answer = s.reply() == null ? null : MASKER.mask(s.reply().text(), names);
        var masked = new ArrayList<String>();
        title.findings().forEach(f -> masked.add(f.kind().name()));
        question.findings().forEach(f -> masked.add(f.kind().name()));
        if (answer != null) {
            answer.findings().forEach(f -> masked.add(f.kind().name()));
        }
        return new Preview(title.text(), question.text(), answer == null ? null : answer.text(), masked);
    }

    /** Runs in the reviewer's approval transaction: the published texts commit with the approval or not at all. */
    @Override
    public void stepTaken(ConsultationCase c, CaseChange change) {
        if (change.action() != CaseChange.Action.PUBLISHED) {
            return;
        }
        var s = c.state();
        var masked = preview(c);
        entries.upsertCaseAnswer(new KnowledgeRepository.CaseAnswer(s.id(), s.trackingNumber(),
                s.submission().kind().name(), s.submission().category(), s.reply().department(), masked.title(),
                masked.question(), masked.answer(), s.submission().at(), change.at(), change.actor().id()),
                clock.instant());
    }

    // --- public reading ------------------------------------------------------------------------------------------

    /**
     * Published answers of the site (集约化; with its children's when the selection includes them) matching
     * {@code q} (best first), or the newest without one. FAQ entries are the hub's and answer on every site.
     */
    public List<KnowledgeRepository.Answer> search(String q, String kind, SiteSelection site, int page) {
        if (q == null || q.isBlank()) {
            return entries.latest(kind, scope(site), page, PAGE_SIZE);
        }
        var terms = queryTerms(q);
        return terms.isEmpty() ? List.of() : entries.search(terms, kind, 0.0, scope(site), page, PAGE_SIZE);
    }

    /** Published answers of the site to questions like the one the citizen is about to submit. */
    public List<KnowledgeRepository.Answer> similar(String text, SiteSelection site) {
        var terms = queryTerms(text);
        return terms.isEmpty() ? List.of()
                : entries.search(terms, null, SIMILAR_MIN_SCORE, scope(site), 0, SIMILAR_LIMIT);
    }

    /** A published answer of the site (another site's case answer: empty). */
    public Optional<KnowledgeRepository.Answer> published(UUID id, SiteSelection site) {
        return entries.published(id, scope(site));
    }

    private KnowledgeRepository.SiteScope scope(SiteSelection site) {
        return new KnowledgeRepository.SiteScope(site.sites(), sites.root());
    }

    /** The query as it could appear in a published text: masked, then only what is left unmasked becomes terms. */
    static List<String> queryTerms(String query) {
        if (query.length() > MAX_QUERY) {
            throw new HubProblem(KnowledgeProblem.INVALID_KNOWLEDGE_QUERY, MAX_QUERY);
        }
        return Bigrams.of(MASKER.maskText(query, List.of()));
    }

    // --- FAQ administration --------------------------------------------------------------------------------------

    public Written draft(Actor author, AuditActor auditor, String category, String title, String question,
                         String answer) {
        return transactions.execute(tx -> {
            var masked = mask(category, title, question, answer);
            var entry = FaqEntry.draft(UUID.randomUUID(), author, masked.content(), clock.instant());
            entries.insertFaq(entry, clock.instant());
            audit.record(auditor, "faq.drafted", "faq", entry.state().id().toString(),
                    Map.of("category", category, "masked", masked.findings().size()));
            return new Written(entry, masked.findings());
        });
    }

    public Written edit(Actor editor, AuditActor auditor, UUID id, String category, String title, String question,
                        String answer) {
        var masked = mask(category, title, question, answer);
        var entry = change(id, auditor, "faq.edited", e -> e.edit(editor, masked.content(), clock.instant()));
        return new Written(entry, masked.findings());
    }

    public FaqEntry submitForReview(Actor author, AuditActor auditor, UUID id) {
        return change(id, auditor, "faq.submitted-for-review", e -> e.submitForReview(author));
    }

    public FaqEntry approve(Actor reviewer, AuditActor auditor, UUID id, String comment) {
        return change(id, auditor, "faq.published", e -> e.approve(reviewer, comment, clock.instant()));
    }

    public FaqEntry sendBack(Actor reviewer, AuditActor auditor, UUID id, String comment) {
        return change(id, auditor, "faq.sent-back", e -> e.sendBack(reviewer, comment, clock.instant()));
    }

    public FaqEntry withdraw(Actor staff, AuditActor auditor, UUID id) {
        return change(id, auditor, "faq.withdrawn", e -> e.withdraw(staff));
    }

    /**
     * A reviewer or supervisor takes a case's published answer back (e.g. the masking missed something); a later
     * publication of the same case (after a reopening) publishes it again.
     */
    /** The tracking number of the case whose published answer this entry is, if it is one. */
    public Optional<String> caseOfAnswer(UUID id) {
        return entries.trackingNumberOfCaseAnswer(id);
    }

    public void withdrawCaseAnswer(AuditActor auditor, UUID id) {
        transactions.executeWithoutResult(tx -> {
            if (!entries.withdrawCaseAnswer(id, clock.instant())) {
                throw new HubProblem(KnowledgeProblem.ANSWER_NOT_FOUND, id);
            }
            audit.record(auditor, "answer.withdrawn", "knowledge-answer", id.toString(), Map.of());
        });
    }

    public FaqEntry faq(UUID id) {
        return entries.findFaq(id).orElseThrow(() -> new HubProblem(KnowledgeProblem.FAQ_NOT_FOUND, id));
    }

    public List<FaqEntry> faqs(FaqEntry.Status status, int page, int size) {
        return entries.faqs(status, page, size);
    }

    private FaqEntry change(UUID id, AuditActor auditor, String action, Consumer<FaqEntry> step) {
        try {
            return transactions.execute(tx -> {
                var entry = faq(id);
                var from = entry.state().status();
                step.accept(entry);
                if (!entries.updateFaq(entry, clock.instant())) {
                    throw new HubProblem(KnowledgeProblem.FAQ_CHANGED_CONCURRENTLY, id);
                }
                audit.record(auditor, action, "faq", id.toString(),
                        Map.of("from", from.name(), "to", entry.state().status().name()));
                return entry;
            });
        } catch (KnowledgeRefusal e) {
            throw new HubProblem(e.problem(), e.args());
        } catch (IllegalArgumentException e) {
            throw new HubProblem(ConsultationProblem.INVALID_CASE_STEP, e.getMessage());
        }
    }

    private record Masked(FaqEntry.Content content, List<PersonalDataMasker.Finding> findings) {
    }

    private Masked mask(String category, String title, String question, String answer) {
        if (!categories.exists(category)) {
            throw new HubProblem(ConsultationProblem.UNKNOWN_CATEGORY, category);
        }
        var findings = new ArrayList<PersonalDataMasker.Finding>();
        var t = MASKER.mask(title, List.of());
        var q = MASKER.mask(question, List.of());
        var a = MASKER.mask(answer, List.of());
        findings.addAll(t.findings());
        findings.addAll(q.findings());
        findings.addAll(a.findings());
        try {
            return new Masked(new FaqEntry.Content(category, t.text(), q.text(), a.text()), findings);
        } catch (IllegalArgumentException e) {
            throw new HubProblem(ConsultationProblem.INVALID_CASE_STEP, e.getMessage());
        }
    }
}
