package org.citizenhub.web.problem;

import java.util.List;
import java.util.Locale;

/**
 * The two languages Citizen Hub answers in: Simplified Chinese by default, English when the client prefers it.
 */
public final class ProblemLocales {

    public static final Locale DEFAULT = Locale.SIMPLIFIED_CHINESE;
    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final List<Locale> SUPPORTED = List.of(DEFAULT, ENGLISH);

    private ProblemLocales() {
    }

    /** The served language for a locale: English for any {@code en*}, Simplified Chinese otherwise. */
    public static Locale supported(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? ENGLISH : DEFAULT;
    }

    /**
     * The served language for an {@code Accept-Language} header: whichever of Chinese and English the client
     * ranks higher; Simplified Chinese when the header is absent, malformed or names neither.
     */
    public static Locale fromAcceptLanguage(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return DEFAULT;
        }
        List<Locale.LanguageRange> ranges;
        try {
            ranges = Locale.LanguageRange.parse(acceptLanguage);
        } catch (IllegalArgumentException malformed) {
            return DEFAULT;
        }
        for (Locale.LanguageRange range : ranges) {
            if (range.getWeight() <= 0) {
                continue;
            }
            String tag = range.getRange().toLowerCase(Locale.ROOT);
            if (tag.equals("en") || tag.startsWith("en-")) {
                return ENGLISH;
            }
            if (tag.equals("zh") || tag.startsWith("zh-") || tag.equals("*")) {
                return DEFAULT;
            }
        }
        return DEFAULT;
    }
}
