package org.citizenhub.privacy;

import static org.citizenhub.privacy.Chars.isHan;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.citizenhub.privacy.PersonalDataMasker.Kind;

/** See {@link Detectors#name()}. */
final class NameDetector implements Detector {

    private static final Pattern NAME_MARKER = Pattern.compile(
            "(?<label>姓名|联系人|来信人|写信人|反映人|投诉人|举报人|申请人|署名|签名) *(?<colon>:)? *"
                    + "|(?<strong>我叫|名叫) *|(?<weak>本人是|本人|我是) *");

    private static final String NAME_MARKER_FIRST_CHARS = "姓联来写反投举申署签我名本";

    private static final Set<String> COMPOUND_SURNAMES = Set.of("欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟",
            "公孙", "慕容", "令狐", "长孙", "宇文", "司徒", "夏侯", "轩辕", "端木", "独孤", "南宫", "西门", "百里", "呼延",
            "申屠", "澹台", "闻人", "太史", "万俟", "赫连", "拓跋");
    private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏"
            + "魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫阎段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔"
            + "汤常温康施牛樊葛邢齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿兰焦俞左柳甘祝包宁符舒阮柯纪梅童凌毕单季裴霍涂苗谷盛"
            + "曲翁冉骆蓝游辛靳管柴蒙鲍喻祁蒲滕屈饶解牟艾尤穆卓缪简项娄窦戚岑景宫费卜冷晏席卫柏宗瞿桂佟臧闵苟邬卞姬仇栾"
            + "隋商刁荣巫寇桑郎甄丛仲虞敖巩佘迟邝";
    /** After 我是/本人, a word ending in one of these is a role or an origin (高中生, 武汉人), not a name. */
    private static final String ROLE_ENDINGS = "人员户者属工师主生";
    /** From the third character on, these end a name introduced without punctuation ({@code 我叫王小明我家…}). */
    private static final String NAME_STOPS = "的是在住家于今现因向反要想与及男女从自了对也就都已曾系等说被将把请给年身电手联地户和我你他她们性籍工";

    private enum Marker { LABEL_WITH_COLON, STRONG, WEAK }

    @Override
    public Kind kind() {
        return Kind.NAME;
    }

    @Override
    public void detect(Scan scan) {
        String s = scan.text();
        int n = scan.length();
        Set<String> names = new LinkedHashSet<>();
        for (String name : scan.givenNames()) {
            if (name != null) {
                String folded = Scan.fold(name).strip();
                if (folded.codePointCount(0, folded.length()) >= 2) {
                    names.add(folded);
                }
            }
        }
        scan.eachMatch(NAME_MARKER, i -> NAME_MARKER_FIRST_CHARS.indexOf(s.charAt(i)) >= 0, m -> {
            Marker marker = m.group("label") != null
                    ? (m.group("colon") != null ? Marker.LABEL_WITH_COLON : Marker.STRONG)
                    : m.group("strong") != null ? Marker.STRONG : Marker.WEAK;
            int length = introducedNameLength(s, m.end(), marker);
            if (length > 0 && scan.free(m.end(), m.end() + length)) {
                names.add(s.substring(m.end(), m.end() + length));
            }
        });
        List<String> longestFirst = new ArrayList<>(names);
        longestFirst.sort(Comparator.comparingInt(String::length).reversed());
        for (String name : longestFirst) {
            boolean caseless = name.equals(name.toLowerCase(Locale.ROOT))
                    && name.equals(name.toUpperCase(Locale.ROOT));
            int length = name.length();
            int i = caseless ? s.indexOf(name) : 0;
            while (i >= 0 && i + length <= n) {
                if ((caseless || s.regionMatches(true, i, name, 0, length)) && scan.free(i, i + length)) {
                    scan.claim(i, i + length, maskedName(scan.original().substring(i, i + length)));
                    i += length;
                } else {
                    i++;
                }
                if (caseless) {
                    i = s.indexOf(name, i);
                }
            }
        }
    }

    private static int introducedNameLength(String s, int at, Marker marker) {
        int n = s.length();
        int surname = at + 2 <= n && COMPOUND_SURNAMES.contains(s.substring(at, at + 2)) ? 2
                : at < n && SURNAMES.indexOf(s.charAt(at)) >= 0 ? 1 : 0;
        if (surname == 0 && marker != Marker.LABEL_WITH_COLON) {
            return -1;
        }
        int min = surname == 2 ? 3 : 2;
        int max = surname == 1 ? 3 : 4;
        int run = 0;
        while (at + run < n && run <= max && isHan(s.charAt(at + run))) {
            run++;
        }
        if (run < min) {
            return -1;
        }
        if (marker != Marker.WEAK) {
            for (int i = min; i < run && i <= max; i++) {
                if (NAME_STOPS.indexOf(s.charAt(at + i)) >= 0) {
                    return i;
                }
            }
        }
        if (run <= max) {
            boolean punctuationAfter = at + run == n || !Character.isLetterOrDigit(s.charAt(at + run));
            boolean role = ROLE_ENDINGS.indexOf(s.charAt(at + run - 1)) >= 0;
            return marker == Marker.WEAK && (!punctuationAfter || role) ? -1 : run;
        }
        return marker == Marker.WEAK ? -1 : surname == 2 ? 4 : 3;
    }

    private static String maskedName(String name) {
        StringBuilder b = new StringBuilder(name.length());
        int first = name.codePointAt(0);
        b.appendCodePoint(first);
        name.substring(Character.charCount(first)).codePoints()
                .forEach(c -> b.append(Character.isWhitespace(c) ? (char) c : '*'));
        return b.toString();
    }

    @Override
    public String toString() {
        return "name";
    }
}
