package org.citizenhub.privacy;

import static org.citizenhub.privacy.Chars.isAsciiLetter;
import static org.citizenhub.privacy.Chars.isAsciiLetterOrDigit;
import static org.citizenhub.privacy.Chars.isHan;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.citizenhub.privacy.PersonalDataMasker.Kind;

/** See {@link Detectors#address()}. */
final class AddressDetector implements Detector {

    private static final String CHINESE_NUMERALS = "零〇一二三四五六七八九十百两";
    private static final String CHINESE_NUMERAL = "[" + CHINESE_NUMERALS + "]{1,4}";

    private static final Pattern ADDRESS_TOKEN = Pattern.compile("(?<![0-9A-Za-z])(?:"
            + "(?:(?<num>[A-Za-z]?[0-9]{1,6}[A-Za-z]?|[A-Za-z](?=座|栋|幢|区|单元))"
            + "(?<unit>号楼|号院|号门|号|栋|幢|座|单元|室|层|楼|弄|巷|组|期|区|#))"
            + "|(?:(?<cnnum>" + CHINESE_NUMERAL + ")(?<cnunit>号楼|号院|号门|号|栋|幢|单元|室|层|楼|弄|巷|组|期|区))"
            + "|(?<hyph>[0-9]{1,4}(?:-[0-9]{1,6}){1,3})(?![0-9-])"
            + "|(?<bare>[A-Za-z]?[0-9]{1,6}[A-Za-z]?)(?![0-9])"
            + ")");

    private static final Set<String> SELF_ANCHORING_UNITS = Set.of("号楼", "号院", "单元", "幢");
    private static final String ADDRESS_KEYWORD_CHARS = "路街道巷弄里村屯庄区苑园院城府湾厦寓墅阁居庭坊镇乡楼场塔";
    private static final Set<String> ADDRESS_KEYWORD_PAIRS = Set.of("胡同", "宿舍", "中心");
    private static final Set<String> NOT_ADDRESS_KEYWORDS =
            Set.of("知道", "难道", "频道", "渠道", "公里", "千里", "这里", "那里", "哪里");
    /** A bare number followed by one of these is a quantity, not a room. */
    private static final String QUANTITY_SUFFIXES = "年月日时点分秒元块角%个人位名次天周岁斤米件辆条万千百亿.:/";

    @Override
    public Kind kind() {
        return Kind.ADDRESS;
    }

    @Override
    public void detect(Scan scan) {
        String s = scan.text();
        int n = scan.length();
        Matcher m = ADDRESS_TOKEN.matcher(s).useTransparentBounds(true).useAnchoringBounds(false);
        int chainStart = -1;
        int chainEnd = -1;
        List<int[]> starred = new ArrayList<>(); // [from, to) ranges inside the open chain
        for (int at = 0; at < n; at++) {
            char first = s.charAt(at);
            if (!isAsciiLetterOrDigit(first) && CHINESE_NUMERALS.indexOf(first) < 0
                    || at > 0 && isAsciiLetterOrDigit(s.charAt(at - 1))) {
                continue;
            }
            m.region(at, n);
            if (!m.lookingAt()) {
                continue;
            }
            int start = m.start();
            int end = m.end();
            at = end - 1;
            if (!scan.free(start, end)) {
                continue;
            }
            int anchorAt = start > 0 && s.charAt(start - 1) == '第' ? start - 1 : start;
            boolean contiguous = chainEnd >= 0 && (anchorAt == chainEnd
                    || anchorAt == chainEnd + 1 && (s.charAt(chainEnd) == ' ' || s.charAt(chainEnd) == '-'));
            boolean keyword = followsAddressKeyword(s, anchorAt);
            int maskFrom;
            int maskTo;
            boolean accepted;
            if (m.group("unit") != null || m.group("cnunit") != null) {
                String unit = m.group("unit") != null ? m.group("unit") : m.group("cnunit");
                String num = m.group("num") != null ? "num" : "cnnum";
                maskFrom = m.start(num);
                maskTo = m.end(num);
                boolean buildingLetter = m.end(num) - m.start(num) == 1 && isAsciiLetter(s.charAt(m.start(num)));
                accepted = contiguous || keyword || buildingLetter || SELF_ANCHORING_UNITS.contains(unit);
            } else if (m.group("hyph") != null) {
                maskFrom = start;
                maskTo = end;
                accepted = contiguous || keyword;
            } else {
                maskFrom = start;
                maskTo = end;
                accepted = contiguous && (end == n || QUANTITY_SUFFIXES.indexOf(s.charAt(end)) < 0);
            }
            if (!accepted) {
                continue;
            }
            // the chain's span covers the joining name, so it must be free: a given name there is already a finding
            if (!contiguous && !(chainEnd >= 0 && keyword && joinedByCompoundName(s, chainEnd, anchorAt)
                    && scan.free(chainEnd, anchorAt))) {
                closeChain(scan, chainStart, chainEnd, starred);
                chainStart = start;
                starred = new ArrayList<>();
            }
            starred.add(new int[] {maskFrom, maskTo});
            chainEnd = end;
        }
        closeChain(scan, chainStart, chainEnd, starred);
    }

    private static void closeChain(Scan scan, int start, int end, List<int[]> starredRanges) {
        if (start < 0) {
            return;
        }
        String s = scan.text();
        scan.claim(start, end, scan.starred(start, end, i -> {
            if (s.charAt(i) == '-') {
                return false;
            }
            for (int[] range : starredRanges) {
                if (i >= range[0] && i < range[1]) {
                    return true;
                }
            }
            return false;
        }));
    }

    private static boolean followsAddressKeyword(String s, int at) {
        if (at == 0) {
            return false;
        }
        String pair = at >= 2 ? s.substring(at - 2, at) : "";
        if (NOT_ADDRESS_KEYWORDS.contains(pair)) {
            return false;
        }
        return ADDRESS_KEYWORD_CHARS.indexOf(s.charAt(at - 1)) >= 0 || ADDRESS_KEYWORD_PAIRS.contains(pair);
    }

    /** A short run of Han characters or letters, such as a compound's name, between two numbered parts. */
    private static boolean joinedByCompoundName(String s, int from, int to) {
        if (to - from > 16) {
            return false;
        }
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (!isHan(c) && !isAsciiLetter(c) && c != '·') {
                return false;
            }
        }
        return true;
    }

    @Override
    public String toString() {
        return "address";
    }
}
