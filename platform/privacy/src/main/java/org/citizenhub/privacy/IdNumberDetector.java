package org.citizenhub.privacy;

import org.citizenhub.privacy.PersonalDataMasker.Kind;

/** See {@link Detectors#idNumber()}. */
final class IdNumberDetector implements Detector {

    @Override
    public Kind kind() {
        return Kind.ID_NUMBER;
    }

    @Override
    public void detect(Scan scan) {
        String s = scan.text();
        LongNumbers.each(scan, c -> {
            if (LongNumbers.isIdNumber(c.number())) {
                int first = c.start();
                int last = c.end() - 1;
                scan.claim(c.start(), c.end(), scan.starred(c.start(), c.end(),
                        i -> i != first && i != last && s.charAt(i) != ' ' && s.charAt(i) != '-'));
            }
        });
    }

    @Override
    public String toString() {
        return "idNumber";
    }
}
