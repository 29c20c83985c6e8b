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
 * lower-cased; punctuation and spaces separate runs and are never terms. A run that touches the masker's {@code *}
 * is the remnant of masked personal data ("138****5678", "张*") and gives no term at all, so neither the kept ends
 * of a phone number nor a surname can be searched for.
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
                if (!touchesMask(text, start, i)) {
                    han(text.substring(start, i), terms);
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
