package org.citizenhub.privacy;

import static org.citizenhub.privacy.Chars.isAsciiLetterOrDigit;

import org.citizenhub.privacy.PersonalDataMasker.Kind;

/** See {@link Detectors#email()}. A hand-written scan around each '@', linear even for long runs without one. */
final class EmailDetector implements Detector {

    @Override
    public Kind kind() {
        return Kind.EMAIL;
    }

    @Override
    public void detect(Scan scan) {
        String s = scan.text();
        int n = scan.length();
        for (int at = s.indexOf('@'); at >= 0; at = s.indexOf('@', at + 1)) {
            int start = at;
            while (start > 0 && at - start < 64 && isLocalPartChar(s.charAt(start - 1))) {
                start--;
            }
            while (start < at && s.charAt(start) == '.') {
                start++;
            }
            int end = at + 1;
            while (end < n && end - at <= 253 && isDomainChar(s.charAt(end))) {
                end++;
            }
            while (end > at + 1 && (s.charAt(end - 1) == '.' || s.charAt(end - 1) == '-')) {
                end--;
            }
            if (start == at || !isDomain(s.substring(at + 1, end)) || !scan.free(start, end)) {
                continue;
            }
            scan.claim(start, end, scan.original().charAt(start) + "***" + scan.original().substring(at, end));
        }
    }

    private static boolean isLocalPartChar(char c) {
        return isAsciiLetterOrDigit(c) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-';
    }

    private static boolean isDomainChar(char c) {
        return isAsciiLetterOrDigit(c) || c == '.' || c == '-';
    }

    private static boolean isDomain(String domain) {
        int dot = domain.lastIndexOf('.');
        if (dot <= 0 || domain.startsWith(".") || domain.contains("..")) {
            return false;
        }
        String tld = domain.substring(dot + 1);
        return tld.length() >= 2 && tld.chars().allMatch(c -> c < 128 && Character.isLetter(c));
    }

    @Override
    public String toString() {
        return "email";
    }
}
