package org.citizenhub.privacy;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Masks personal data in a text before anything of it is published (and in the reviewer's preview): an ordered list
 * of {@link Detector}s, each finding one {@link Kind} of personal data. Immutable and, with stateless detectors, safe to
 * share between threads.
 *
 * <p>{@link #standard()} is the set every service starts from, in this order: e-mail, ID number, bank card, mobile,
 * landline, name, address (see {@link Detectors} for what each finds and how it is masked). A position belongs to at
 * most one finding, the first detector's to claim it. A service extends the set without touching the library:
 *
 * <pre>{@code
 * PersonalDataMasker hall = PersonalDataMasker.standard()
 *         .withBefore(Kind.ID_NUMBER, Detectors.unifiedSocialCreditCode())
 *         .with(Detectors.licencePlate())
 *         .with(new CaseNumberDetector());   // the service's own Detector, run last
 * }</pre>
 *
 * <p>Every masked character becomes an ASCII {@code *}; only the e-mail rule changes the length of the text.
 */
public final class PersonalDataMasker {

    /**
     * What a finding is: an open set, named in upper snake case ({@code ID_NUMBER}); a service's own detector may bring
     * its own kind. The name is what the reviewer's preview counts per kind.
     */
    public record Kind(String name) {

        private static final Pattern UPPER_SNAKE_CASE = Pattern.compile("[A-Z][A-Z0-9_]*");

        public static final Kind ID_NUMBER = new Kind("ID_NUMBER");
        public static final Kind BANK_CARD = new Kind("BANK_CARD");
        public static final Kind MOBILE = new Kind("MOBILE");
        public static final Kind LANDLINE = new Kind("LANDLINE");
        public static final Kind EMAIL = new Kind("EMAIL");
        public static final Kind ADDRESS = new Kind("ADDRESS");
        public static final Kind NAME = new Kind("NAME");
        public static final Kind UNIFIED_SOCIAL_CREDIT_CODE = new Kind("UNIFIED_SOCIAL_CREDIT_CODE");
        public static final Kind LICENCE_PLATE = new Kind("LICENCE_PLATE");

        public Kind {
            Objects.requireNonNull(name, "name");
            if (!UPPER_SNAKE_CASE.matcher(name).matches()) {
                throw new IllegalArgumentException("a kind is named in upper snake case: " + name);
            }
        }

        @Override
        public String toString() {
            return name;
        }
    }

    /**
     * One piece of personal data, at {@code [start, end)} in the ORIGINAL text (UTF-16 indices, end exclusive).
     */
    public record Finding(Kind kind, int start, int end) {
        public Finding {
            Objects.requireNonNull(kind, "kind");
            if (start < 0 || end <= start) {
                throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
            }
        }
    }

    /** The masked text and what was masked, ordered by position. */
    public record Masked(String text, List<Finding> findings) {
        public Masked {
            Objects.requireNonNull(text, "text");
            findings = List.copyOf(findings);
        }
    }

    private static final PersonalDataMasker STANDARD = new PersonalDataMasker(Detectors.standard());

    private final List<Detector> detectors;

    private PersonalDataMasker(List<Detector> detectors) {
        this.detectors = List.copyOf(detectors);
        this.detectors.forEach(d -> Objects.requireNonNull(d.kind(), () -> "kind of " + d));
    }

    /** E-mail, ID number, bank card, mobile, landline, name, address: what the mailbox has always masked. */
    public static PersonalDataMasker standard() {
        return STANDARD;
    }

    /** Exactly these detectors, run in this order. */
    public static PersonalDataMasker of(List<? extends Detector> detectors) {
        return new PersonalDataMasker(new ArrayList<>(detectors));
    }

    /** This set with {@code detector} run after all the others (it gets only what they left). */
    public PersonalDataMasker with(Detector detector) {
        var list = new ArrayList<>(detectors);
        list.add(Objects.requireNonNull(detector, "detector"));
        return new PersonalDataMasker(list);
    }

    /**
     * This set with {@code detector} run just before the first detector of {@code kind}, so that it wins where they
     * overlap.
     *
     * @throws IllegalArgumentException if no detector of that kind is in the set
     */
    public PersonalDataMasker withBefore(Kind kind, Detector detector) {
        var list = new ArrayList<>(detectors);
        list.add(indexOf(kind, true), Objects.requireNonNull(detector, "detector"));
        return new PersonalDataMasker(list);
    }

    /**
     * This set with {@code detector} run just after the last detector of {@code kind}.
     *
     * @throws IllegalArgumentException if no detector of that kind is in the set
     */
    public PersonalDataMasker withAfter(Kind kind, Detector detector) {
        var list = new ArrayList<>(detectors);
        list.add(indexOf(kind, false) + 1, Objects.requireNonNull(detector, "detector"));
        return new PersonalDataMasker(list);
    }

    /** This set without the detectors of {@code kind} (for a text where that kind must stay, or to replace it). */
    public PersonalDataMasker without(Kind kind) {
        indexOf(kind, true);
        return new PersonalDataMasker(detectors.stream().filter(d -> !d.kind().equals(kind)).toList());
    }

    /** The detectors, in the order they run. */
    public List<Detector> detectors() {
        return detectors;
    }

    /** The kinds this masker finds, in the order their detectors run, each once. */
    public List<Kind> kinds() {
        return detectors.stream().map(Detector::kind).distinct().toList();
    }

    /**
     * @param text the letter or reply, not null
     * @param namesTheWriterGave names to mask wherever they occur (the writer's, a relative's...); null, blank and
     *        one-character entries are ignored; the collection itself may be null
     */
    public Masked mask(String text, Collection<String> namesTheWriterGave) {
        Objects.requireNonNull(text, "text");
        Scan scan = new Scan(text, namesTheWriterGave);
        for (Detector detector : detectors) {
            scan.detectWith(detector);
        }
        return scan.result();
    }

    /** {@link #mask} without the findings. */
    public String maskText(String text, Collection<String> namesTheWriterGave) {
        return mask(text, namesTheWriterGave).text();
    }

    private int indexOf(Kind kind, boolean first) {
        Objects.requireNonNull(kind, "kind");
        int found = -1;
        for (int i = 0; i < detectors.size(); i++) {
            if (detectors.get(i).kind().equals(kind)) {
                found = i;
                if (first) {
                    break;
                }
            }
        }
        if (found < 0) {
            throw new IllegalArgumentException("no detector of kind " + kind + " in " + kinds());
        }
        return found;
    }
}
