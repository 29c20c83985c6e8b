package org.citizenhub.privacy;

import java.util.regex.Pattern;

import org.citizenhub.privacy.PersonalDataMasker.Kind;

/** See {@link Detectors#mobile()}. */
final class MobileDetector implements Detector {

    private static final Pattern MOBILE = Pattern.compile("(?<![0-9])(?:(?:\\+|00)86[ -]?|86[ -]?|\\(\\+?86\\) ?|0)?"
            + "(1[3-9][0-9])[ -]?([0-9]{4})[ -]?([0-9]{4})(?![0-9])");

    @Override
    public Kind kind() {
        return Kind.MOBILE;
    }

    @Override
    public void detect(Scan scan) {
        String s = scan.text();
        scan.eachMatch(MOBILE,
                i -> (scan.digitAt(i) || s.charAt(i) == '+' || s.charAt(i) == '(') && !scan.digitAt(i - 1), m -> {
                    if (scan.free(m.start(), m.end())) {
                        int from = m.start(2);
                        int to = m.end(2);
                        scan.claim(m.start(), m.end(), scan.starred(m.start(), m.end(), i -> i >= from && i < to));
                    }
                });
    }

    @Override
    public String toString() {
        return "mobile";
    }
}
