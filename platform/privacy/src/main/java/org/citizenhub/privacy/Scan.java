package org.citizenhub.privacy;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.IntPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.citizenhub.privacy.PersonalDataMasker.Finding;
import org.citizenhub.privacy.PersonalDataMasker.Kind;
import org.citizenhub.privacy.PersonalDataMasker.Masked;

/**
 * One masking of one text: what the detectors read and where they record what they found. Each position of the text
 * belongs to at most one finding, the first detector's to claim it.
 *
 * <p>Detection runs on {@link #text()}, a copy of the original in which full-width ASCII forms ({@code １３８},
 * {@code ＠}, {@code （}, {@code ：}, {@code －}), the ideographic and no-break spaces and dash-like characters are
 * folded to ASCII one character for one character, so positions stay those of the original; replacements are built
 * from {@link #original()} ({@link #starred}), so unmasked characters keep their width.
 *
 * <p>Not thread-safe: a masker makes one per call.
 */
public final class Scan {

    private record Hit(Kind kind, int start, int end, String replacement) {}

    private final String original;
    private final String s;
    private final int n;
    private final Collection<String> givenNames;
    private final boolean[] claimed;
    private final List<Hit> hits = new ArrayList<>();
    private Kind detecting;

    Scan(String original, Collection<String> givenNames) {
        this.original = Objects.requireNonNull(original, "text");
        this.s = fold(original);
        this.n = original.length();
        this.givenNames = givenNames == null ? List.of() : givenNames;
        this.claimed = new boolean[n];
    }

    /** The text to detect in: the original with full-width forms, special spaces and dashes folded to ASCII. */
    public String text() {
        return s;
    }

    /** The text as written; replacements should keep its characters ({@link #starred}). */
    public String original() {
        return original;
    }

    public int length() {
        return n;
    }

    /**
     * Names given with this call (the writer's own, a relative's...), as passed: may hold nulls and blanks. Read by the
     * name detector; the seam through which per-letter knowledge reaches the detectors.
     */
    public Collection<String> givenNames() {
        return givenNames;
    }

    /** Whether no earlier finding covers any position of {@code [start, end)}. */
    public boolean free(int start, int end) {
        for (int i = start; i < end; i++) {
            if (claimed[i]) {
                return false;
            }
        }
        return true;
    }

    /**
     * Records a finding of the running detector's kind at {@code [start, end)}, to be replaced by {@code replacement}.
     *
     * @throws IllegalStateException if part of the span is already claimed (check {@link #free} first)
     */
    public void claim(int start, int end, String replacement) {
        Objects.requireNonNull(replacement, "replacement");
        if (start < 0 || end > n || end <= start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ") in a text of " + n);
        }
        if (!free(start, end)) {
            throw new IllegalStateException("[" + start + ", " + end + ") is already claimed");
        }
        for (int i = start; i < end; i++) {
            claimed[i] = true;
        }
        hits.add(new Hit(detecting, start, end, replacement));
    }

    /** The original span with every position the predicate names replaced by an ASCII {@code *}. */
    public String starred(int start, int end, IntPredicate masked) {
        StringBuilder b = new StringBuilder(end - start);
        for (int i = start; i < end; i++) {
            b.append(masked.test(i) ? '*' : original.charAt(i));
        }
        return b.toString();
    }

    /**
     * What {@code while (matcher.find())} on {@link #text()} would report, but the pattern is only tried where
     * {@code canStart} says a match may begin: most characters of a letter are Han characters that start nothing, and
     * skipping them cheaply makes the scan several times faster than {@code find()}. Lookbehinds see the whole text.
     */
    public void eachMatch(Pattern pattern, IntPredicate canStart, Consumer<Matcher> onMatch) {
        Matcher m = pattern.matcher(s).useTransparentBounds(true).useAnchoringBounds(false);
        int i = 0;
        while (i < n) {
            if (canStart.test(i)) {
                m.region(i, n);
                if (m.lookingAt()) {
                    onMatch.accept(m);
                    i = Math.max(m.end(), i + 1);
                    continue;
                }
            }
            i++;
        }
    }

    /** Whether {@link #text()} has an ASCII digit at {@code index} (false outside the text). */
    public boolean digitAt(int index) {
        return index >= 0 && index < n && Chars.isAsciiDigit(s.charAt(index));
    }

    /** Whether {@link #text()} has an ASCII letter at {@code index} (false outside the text). */
    public boolean letterAt(int index) {
        return index >= 0 && index < n && Chars.isAsciiLetter(s.charAt(index));
    }

    /** Whether a run of ASCII digits starts at {@code index}. */
    public boolean startsNumber(int index) {
        return digitAt(index) && !digitAt(index - 1);
    }

    void detectWith(Detector detector) {
        detecting = Objects.requireNonNull(detector.kind(), "kind of " + detector);
        detector.detect(this);
    }

    Masked result() {
        hits.sort(Comparator.comparingInt(Hit::start));
        StringBuilder out = new StringBuilder(n);
        List<Finding> findings = new ArrayList<>(hits.size());
        int at = 0;
        for (Hit hit : hits) {
            out.append(original, at, hit.start()).append(hit.replacement());
            at = hit.end();
            findings.add(new Finding(hit.kind(), hit.start(), hit.end()));
        }
        out.append(original, at, n);
        return new Masked(out.toString(), findings);
    }

    /** Full-width ASCII forms, ideographic and no-break spaces, dashes → ASCII; same length. */
    static String fold(String text) {
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            char c = chars[i];
            if (c >= '\uFF01' && c <= '\uFF5E') {
                chars[i] = (char) (c - 0xFEE0);
            } else if (c == '\u3000' || c == '\u00A0') {
                chars[i] = ' ';
            } else if (c >= '\u2010' && c <= '\u2015' || c == '\u2212') {
                chars[i] = '-';
            }
        }
        return new String(chars);
    }
}
