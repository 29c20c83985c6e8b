package org.citizenhub.identity.directory;

import java.util.List;
import java.util.Locale;

/** Picks the directory's display language from Accept-Language: English if preferred, Chinese otherwise. */
public final class Languages {

    private static final List<Locale> SUPPORTED = List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH);

    private Languages() {
    }

    public static Locale preferred(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return Locale.SIMPLIFIED_CHINESE;
        }
        try {
            var ranges = Locale.LanguageRange.parse(acceptLanguage);
            var match = Locale.lookup(ranges, SUPPORTED);
            if (match != null) {
                return match;
            }
            var filtered = Locale.filter(ranges, SUPPORTED);
            return filtered.isEmpty() ? Locale.SIMPLIFIED_CHINESE : filtered.getFirst();
        } catch (IllegalArgumentException malformed) {
            return Locale.SIMPLIFIED_CHINESE;
        }
    }
}
