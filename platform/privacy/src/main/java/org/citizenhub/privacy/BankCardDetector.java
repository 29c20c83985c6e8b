package org.citizenhub.privacy;

import static org.citizenhub.privacy.Chars.isAllDigits;
import static org.citizenhub.privacy.Chars.isAsciiDigit;

import java.util.regex.Pattern;

import org.citizenhub.privacy.PersonalDataMasker.Kind;

/** See {@link Detectors#bankCard()}. */
final class BankCardDetector implements Detector {

    private static final Pattern GROUPED_BANK_CARD = Pattern.compile("[0-9]{4}(?:[ -][0-9]{4}){3}(?:[ -][0-9]{1,4})?");

    @Override
    public Kind kind() {
        return Kind.BANK_CARD;
    }

    @Override
    public void detect(Scan scan) {
        String s = scan.text();
        LongNumbers.each(scan, c -> {
            int length = c.number().length();
            if (!LongNumbers.isIdNumber(c.number()) && length >= 16 && length <= 19 && isAllDigits(c.number())
                    && !scan.letterAt(c.start() - 1) && !scan.letterAt(c.end())
                    && (!c.grouped() || GROUPED_BANK_CARD.matcher(s).region(c.start(), c.end()).matches())) {
                int keepFrom = lastDigitsFrom(s, c.start(), c.end(), 4);
                scan.claim(c.start(), c.end(),
                        scan.starred(c.start(), c.end(), i -> i < keepFrom && isAsciiDigit(s.charAt(i))));
            }
        });
    }

    private static int lastDigitsFrom(String s, int start, int end, int count) {
        int seen = 0;
        for (int i = end - 1; i >= start; i--) {
            if (isAsciiDigit(s.charAt(i)) && ++seen == count) {
                return i;
            }
        }
        return start;
    }

    @Override
    public String toString() {
        return "bankCard";
    }
}
