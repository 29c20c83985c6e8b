package org.citizenhub.privacy;

/** Character classes the detectors share. */
final class Chars {

    private Chars() {
    }

    static boolean isAllDigits(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (!isAsciiDigit(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    static boolean isAsciiLetter(char c) {
        return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z';
    }

    static boolean isAsciiLetterOrDigit(char c) {
        return isAsciiDigit(c) || isAsciiLetter(c);
    }

    static boolean isHan(char c) {
        return !Character.isSurrogate(c) && Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }
}
