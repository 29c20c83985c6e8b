package org.citizenhub.consultation.knowledge;

import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The search terms of a (masked) text: Chinese has no spaces between words, so every run of Han characters gives its
 * overlapping character bigrams ("居住证" → 居住, 住证) and a lone Han character itself; a run of Latin letters or
 * digits gives itself as one term. Text is NFKC-normalised (full-width letters and digits become ASCII) and
 * lower-cased; punctuation and spaces separate runs and are never terms. What touches the masker's {@code *} is the
 * remnant of masked personal data and is never a term: a Latin or digit run touching it ("138****5678") gives
 * nothing, a Han run loses the character next to it (the kept surname of "我叫王*", the road's last character of
 * "人民路**号"), so neither the kept ends of a phone number nor a surname can be searched for.
 *
 * <p>Why bigrams and not pg_trgm: see the module README ("Knowledge base: how the search works"); in short, the
 * trigrams of a Chinese rephrasing rarely share three consecutive characters with the earlier question, bigrams
 * (the length of most Chinese words) usually do.
 */
public final class Bigrams {

    /** A text yields at most this many terms; the longest texts are capped rather than indexed without end. */
    public static final int MAX_TERMS = 2_000;

    /** What {@link org.citizenhub.privacy.PersonalDataMasker} puts in place of every masked character. */
    static final char MASK = '*';

    private Bigrams() {
    }

    public static List<String> of(String... texts) {
        Set<String> terms = new LinkedHashSet<>();
        for (String text : texts) {
            if (text != null) {
                collect(Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT), terms);
            }
        }
        return List.copyOf(terms);
    }

    /**
     * The terms as sorted distinct 32-bit numbers, for PostgreSQL's intarray ({@code &&} on a GIN index, {@code &}
     * and {@code icount} for the score, several times faster than on text[]). FNV-1a 64 over the UTF-16 chars,
     * folded to 32 bits: specified here, so stored numbers never change with a JVM or database version; two terms
     * sharing a number only make a score slightly too high.
     */
    public static int[] hashes(List<String> terms) {
        return terms.stream().mapToInt(Bigrams::hash).sorted().distinct().toArray();
    }

    static int hash(String term) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < term.length(); i++) {
            h ^= term.charAt(i);
            h *= 0x100000001b3L;
        }
        return (int) (h ^ (h >>> 32));
    }

    private static void collect(String text, Set<String> terms) {
        int i = 0;
        int n = text.length();
        while (i < n && terms.size() < MAX_TERMS) {
            int cp = text.codePointAt(i);
            if (isHan(cp)) {
                int start = i;
                while (i < n && isHan(text.codePointAt(i))) {
                    i += Character.charCount(text.codePointAt(i));
                }
                int from = start > 0 && text.charAt(start - 1) == MASK
                        ? start + Character.charCount(text.codePointAt(start)) : start;
                int to = i < n && text.charAt(i) == MASK ? text.offsetByCodePoints(i, -1) : i;
                if (from < to) {
                    han(text.substring(from, to), terms);
                }
            } else if (Character.isLetterOrDigit(cp)) {
                int start = i;
                while (i < n && Character.isLetterOrDigit(text.codePointAt(i)) && !isHan(text.codePointAt(i))) {
                    i += Character.charCount(text.codePointAt(i));
                }
                if (!touchesMask(text, start, i)) {
                    terms.add(text.substring(start, i));
                }
            } else {
                i += Character.charCount(cp);
            }
        }
    }

    private static void han(String run, Set<String> terms) {
        int[] cps = run.codePoints().toArray();
        if (cps.length == 1) {
            terms.add(run);
            return;
        }
        for (int k = 0; k + 1 < cps.length && terms.size() < MAX_TERMS; k++) {
            terms.add(new String(cps, k, 2));
        }
    }

    private static boolean touchesMask(String text, int start, int end) {
        return start > 0 && text.charAt(start - 1) == MASK || end < text.length() && text.charAt(end) == MASK;
    }

    private static boolean isHan(int cp) {
        return Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN;
    }
}
