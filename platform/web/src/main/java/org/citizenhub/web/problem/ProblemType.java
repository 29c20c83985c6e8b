package org.citizenhub.web.problem;

import java.net.URI;

/**
 * One kind of error a client can see, identified by a stable type URI (RFC 9457).
 *
 * <p>Titles and details live in message bundles under the keys {@code problem.<slug>.title} and
 * {@code problem.<slug>.detail} (see {@link ProblemMessages}). Services define their own types as enums
 * implementing this interface and put their messages in a classpath-root bundle {@code problems}.
 */
public interface ProblemType {

    /** Base of every problem type URI. */
    String TYPE_BASE = "https://citizenhub.example/problems/";

    /** Stable kebab-case identifier, e.g. {@code letter-not-in-state}. Never change a published slug. */
    String slug();

    /** The HTTP status this problem is answered with. */
    int status();

    /** The stable type URI, e.g. {@code https://citizenhub.example/problems/not-found}. */
    default URI type() {
        return URI.create(TYPE_BASE + slug());
    }

    /**
     * Base name of the message bundle of a platform library that defines this type (e.g.
     * {@code org.citizenhub.casework.attachments.problems}), consulted after the service's own {@code problems}
     * bundle and before the platform bundle; {@code null} (the default) for types whose messages live in those two.
     * Lets a library ship its problems' texts without taking the service's bundle name.
     */
    default String messageBundle() {
        return null;
    }

    /** Message key of the localized title. */
    default String titleKey() {
        return "problem." + slug() + ".title";
    }

    /** Message key of the localized detail (a {@link java.text.MessageFormat} pattern). */
    default String detailKey() {
        return "problem." + slug() + ".detail";
    }
}
