package org.citizenhub.web.problem;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Localized titles and details of {@link ProblemType}s.
 *
 * <p>Looks a key up first in the application bundle {@code problems} at the classpath root (where a service
 * puts the messages of its own types, and may override platform ones), then in the bundle of the library that
 * defines the type ({@link ProblemType#messageBundle()}, if any), then in the platform bundle
 * {@code org/citizenhub/web/problems}. Bundles are UTF-8 {@code .properties} files. Only two languages are
 * served: Simplified Chinese (the default) and English; see {@link ProblemLocales#supported(Locale)}.
 */
public final class ProblemMessages {

    /** Base name of the platform bundle. */
    public static final String PLATFORM_BUNDLE = "org.citizenhub.web.problems";
    /** Base name of the optional application bundle at the classpath root. */
    public static final String APPLICATION_BUNDLE = "problems";

    private static final ProblemMessages DEFAULTS = new ProblemMessages(ProblemMessages.class.getClassLoader());
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final ClassLoader classLoader;
    private final ConcurrentMap<Locale, Optional<ResourceBundle>> applicationBundles = new ConcurrentHashMap<>();
    private final ConcurrentMap<Locale, Optional<ResourceBundle>> platformBundles = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, ConcurrentMap<Locale, Optional<ResourceBundle>>> libraryBundles =
            new ConcurrentHashMap<>();

    private ProblemMessages(ClassLoader classLoader) {
        this.classLoader = classLoader;
    }

    /** Messages from the platform bundle and the application bundle found by this library's class loader. */
    public static ProblemMessages defaults() {
        return DEFAULTS;
    }

    /** Messages from bundles found by the given class loader (for tests and unusual class loader set-ups). */
    public static ProblemMessages using(ClassLoader classLoader) {
        return new ProblemMessages(classLoader);
    }

    /** The localized title; the slug if no bundle has one (never null). */
    public String title(ProblemType type, Locale locale) {
        return lookup(type, type.titleKey(), locale).orElse(type.slug());
    }

    /**
     * The localized detail, a {@link MessageFormat} pattern formatted with {@code args}; the title if no bundle
     * has a detail (never null).
     */
    public String detail(ProblemType type, Locale locale, Object... args) {
        Locale served = ProblemLocales.supported(locale);
        return lookup(type, type.detailKey(), served)
                .map(pattern -> format(pattern, served, args))
                .orElseGet(() -> title(type, served));
    }

    /** Whether a title for the type exists in the language the locale is served in. */
    public boolean hasTitle(ProblemType type, Locale locale) {
        return lookup(type, type.titleKey(), locale).isPresent();
    }

    /** Whether a detail for the type exists in the language the locale is served in. */
    public boolean hasDetail(ProblemType type, Locale locale) {
        return lookup(type, type.detailKey(), locale).isPresent();
    }

    private Optional<String> lookup(ProblemType type, String key, Locale requested) {
        Locale locale = ProblemLocales.supported(requested);
        String library = type.messageBundle();
        return message(applicationBundles, APPLICATION_BUNDLE, locale, key)
                .or(() -> library == null ? Optional.empty()
                        : message(libraryBundles.computeIfAbsent(library, name -> new ConcurrentHashMap<>()),
                                library, locale, key))
                .or(() -> message(platformBundles, PLATFORM_BUNDLE, locale, key));
    }

    private Optional<String> message(ConcurrentMap<Locale, Optional<ResourceBundle>> cache, String baseName,
                                     Locale locale, String key) {
        return cache.computeIfAbsent(locale, l -> load(baseName, l))
                .filter(bundle -> bundle.containsKey(key))
                .map(bundle -> bundle.getString(key));
    }

    private Optional<ResourceBundle> load(String baseName, Locale locale) {
        try {
            return Optional.of(ResourceBundle.getBundle(baseName, locale, classLoader, NO_FALLBACK));
        } catch (MissingResourceException absent) {
            return Optional.empty();
        }
    }

    private static String format(String pattern, Locale locale, Object... args) {
        if (args == null || args.length == 0) {
            return pattern.replace("''", "'");
        }
        return new MessageFormat(pattern, locale).format(args);
    }
}
