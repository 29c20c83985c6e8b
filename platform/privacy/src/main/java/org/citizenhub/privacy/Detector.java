package org.citizenhub.privacy;

import org.citizenhub.privacy.PersonalDataMasker.Kind;

/**
 * Finds one kind of personal data in a text and says how each finding is masked.
 *
 * <p>A {@link PersonalDataMasker} runs its detectors one after the other on the same {@link Scan}; a position that an
 * earlier detector claimed is no longer {@link Scan#free free} for the later ones, so the order of the detectors
 * decides which kind wins where candidates overlap. A detector reads {@link Scan#text()} (full-width forms folded to
 * ASCII, same positions as the original), checks {@link Scan#free(int, int)} and {@link Scan#claim(int, int, String)
 * claims} each span with its masked replacement.
 *
 * <p>Implementations must be stateless (or immutable): one masker, and so one detector, serves every thread.
 */
public interface Detector {

    /** The kind of every finding this detector claims; also where {@link PersonalDataMasker#withBefore} places others. */
    Kind kind();

    /** Claims, on {@code scan}, every span of this detector's kind that is still free. */
    void detect(Scan scan);
}
