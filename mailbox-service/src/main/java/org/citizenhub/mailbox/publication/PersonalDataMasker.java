package org.citizenhub.mailbox.publication;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.IntPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks personal data in a letter or reply before anything of it is published (and in the reviewer's preview).
 * Pure Java and stateless: one instance may be shared by every thread.
 *
 * <p>Detection runs on a copy of the text in which full-width ASCII forms ({@code １３８}, {@code ＠}, {@code （},
 * {@code ：}, {@code －}), the ideographic space and dash-like characters are folded to ASCII one character for one
 * character, so positions stay those of the original; masking happens in place on the original, so unmasked
 * characters keep their width. Every masked character becomes an ASCII {@code *}. Each position belongs to at most
 * one finding; when candidates overlap, the kind detected first wins, in this order: e-mail, ID number / bank card,
 * mobile, landline, name, address.
 *
 * <table>
 * <caption>What is masked, and how</caption>
 * <tr><th>kind</th><th>detected</th><th>masked as</th></tr>
 * <tr><td>{@link Kind#EMAIL}</td><td>{@code local@domain.tld} (TLD of two or more letters)</td>
 *     <td>first character of the local part + {@code ***}; the domain stays: {@code zhang.san@example.com} →
 *     {@code z***@example.com} (the only rule that changes the length)</td></tr>
 * <tr><td>{@link Kind#ID_NUMBER}</td><td>18 characters (17 digits + digit or {@code X}/{@code x}) with a real birth
 *     date {@code YYYYMMDD} (1900–2099) at positions 7–14, or 15 digits with a real {@code YYMMDD} (19YY) at
 *     positions 7–12; an 18-character number ending in X whose date is impossible still counts when its ISO 7064
 *     MOD 11-2 check character is right. The checksum is otherwise not required: citizens mistype. Also written in
 *     groups ({@code 110105 19900307 123X}).</td>
 *     <td>first and last character kept, every other digit starred, separators kept:
 *     {@code 110105199003071234} → {@code 1****************4}</td></tr>
 * <tr><td>{@link Kind#BANK_CARD}</td><td>any other stand-alone run of 16–19 digits, plain or in groups of four
 *     separated by single spaces or hyphens ({@code 6222 0212 3456 7890 123}) — bank cards and similar account numbers;
 *     never when glued to a letter</td>
 *     <td>last four digits kept: {@code 6222021234567890} → {@code ************7890}</td></tr>
 * <tr><td>{@link Kind#MOBILE}</td><td>11 digits starting {@code 1[3-9]}, optionally grouped 3-4-4 by a space or hyphen,
 *     optionally after {@code +86}, {@code 0086}, {@code 86}, {@code (+86)} or a long-distance {@code 0}</td>
 *     <td>first three and last four digits kept: {@code +86 138 0013 8000} → {@code +86 138 **** 8000}</td></tr>
 * <tr><td>{@link Kind#LANDLINE}</td><td>area code ({@code 010}, {@code 02x}, {@code 0xxx}, optionally in parentheses) +
 *     7–8 digit local number, optional extension after {@code -}, {@code 转}, {@code 分机} or {@code ext}; or a
 *     7–8 digit local number right after 电话/座机/固话/tel</td>
 *     <td>area code kept, the first four digits of the local number and the whole extension starred:
 *     {@code 010-12345678-123} → {@code 010-****5678-***}, {@code 021-1234567} → {@code 021-****567}</td></tr>
 * <tr><td>{@link Kind#NAME}</td><td>every occurrence of each name the writer gave (two or more characters; ASCII
 *     letters compared ignoring case), and names introduced in the text: after 我叫/名叫 (name must start with a common
 *     surname), after 姓名/联系人/来信人/写信人/反映人/投诉人/举报人/申请人/署名/签名 with a colon (any two to four Han
 *     characters) or without (surname needed), and after 我是/本人/本人是 only when a surname-led two-to-three character
 *     name is followed by punctuation, a space or the end ({@code 我是李四，}) and does not end like a role or an origin
 *     (人 员 户 者 属 工 师 主 生: {@code 我是武汉人，}, {@code 我是高中生，}). A name introduced once is masked
 *     everywhere in the text.</td>
 *     <td>first character + one {@code *} per further character: {@code 张三} → {@code 张*}, {@code 欧阳娜娜} →
 *     {@code 欧***}</td></tr>
 * <tr><td>{@link Kind#ADDRESS}</td><td>house, building, unit, floor and room numbers: a number (digits, a single letter
 *     or Chinese numerals) followed by 号楼/号院/号门/号/栋/幢/座/单元/室/层/楼/弄/巷/组/期/区/#, counted when it directly
 *     follows a road, street or compound word (路 街 道 巷 弄 里 村 屯 庄 区 苑 园 院 城 府 湾 厦 寓 墅 阁 居 庭 坊 镇 乡 楼 场,
 *     塔, 胡同 宿舍 中心; not 知道 难道 频道 渠道 公里 千里 这里 那里 哪里; a 第 in between is allowed), or directly
 *     follows such a number, or is itself 号楼/号院/单元/幢 or a building letter ({@code A座}, {@code B栋}). Within
 *     the chain also hyphenated numbers ({@code 3-2-502}) and a bare room number ({@code 2单元502}) unless it is a
 *     quantity (followed by 年 月 日 元 % 个 人 次 …). Chains joined only by a compound name
 *     ({@code 88号SOHO现代城5号楼}) make one finding, from the first number to the end of the last unit.</td>
 *     <td>the numbers starred, the words kept, so province, city, district, road and compound names stay readable:
 *     {@code 建国路88号SOHO现代城5号楼2单元1203室} → {@code 建国路**号SOHO现代城*号楼*单元****室},
 *     {@code 胜利街道和平里三号楼} → {@code 胜利街道和平里*号楼}</td></tr>
 * </table>
 *
 * <p>Left alone on purpose: dates ({@code 2026年2月14日}, {@code 2月3号}), times, amounts, percentages, counts, years,
 * tracking numbers ({@code ML20260213000001}: digits glued to letters are never a bank card), hotlines such as
 * {@code 12345}, stand-alone postcodes, apartment layouts ({@code 3室2厅}), runs of more than 19 digits (order and
 * waybill numbers), street names without a number, and landlines written with {@code +86} but no leading 0.
 *
 * <p>Known over-masking, accepted as the safe side: a number+unit after one of the address words that is not a home
 * (医院3楼, 法院3号 meaning the 3rd), and a role word after 我是 that happens to start with a surname and is not in the
 * role endings above. Known gaps: names of rare surnames introduced without a colon, house numbers without any of
 * the address words or units above.
 *
 * <p>Cost: compiled patterns without nested unbounded quantifiers, each tried only where a match can start;
 * hand-written scans for e-mail addresses; linear in the length of the text (times the number of given names).
 */
public final class PersonalDataMasker {

    /** What a finding is. */
    public enum Kind {
        ID_NUMBER, BANK_CARD, MOBILE, LANDLINE, EMAIL, ADDRESS, NAME
    }

    /**
     * One piece of personal data, at {@code [start, end)} in the ORIGINAL text (UTF-16 indices, end exclusive).
     */
    public record Finding(Kind kind, int start, int end) {
        public Finding {
            Objects.requireNonNull(kind, "kind");
            if (start < 0 || end <= start) {
                throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
            }
        }
    }

    /** The masked text and what was masked, ordered by position. */
    public record Masked(String text, List<Finding> findings) {
        public Masked {
            Objects.requireNonNull(text, "text");
            findings = List.copyOf(findings);
        }
    }

    /**
     * @param text the letter or reply, not null
     * @param namesTheWriterGave names to mask wherever they occur (the writer's, a relative's...); null, blank and
     *        one-character entries are ignored; the collection itself may be null
     */
    public Masked mask(String text, Collection<String> namesTheWriterGave) {
        Objects.requireNonNull(text, "text");
        Scan scan = new Scan(text);
        scan.emails();
        scan.longNumbers(PLAIN_LONG_NUMBER, false);
        scan.longNumbers(GROUPED_LONG_NUMBER, true);
        scan.mobiles();
        scan.landlines();
        scan.names(namesTheWriterGave);
        scan.addresses();
        return scan.result();
    }

    /** {@link #mask} without the findings. */
    public String maskText(String text, Collection<String> namesTheWriterGave) {
        return mask(text, namesTheWriterGave).text();
    }

    // ---------------------------------------------------------------------------------------------- patterns

    private static final Pattern PLAIN_LONG_NUMBER = Pattern.compile("(?<![0-9])[0-9]{15,19}[Xx]?(?![0-9])");

    private static final Pattern GROUPED_LONG_NUMBER =
            Pattern.compile("(?<![0-9])[0-9]{3,8}(?:[ -][0-9]{3,8}){1,4}[Xx]?(?![0-9])");

    private static final Pattern GROUPED_BANK_CARD = Pattern.compile("[0-9]{4}(?:[ -][0-9]{4}){3}(?:[ -][0-9]{1,4})?");

    private static final Pattern MOBILE = Pattern.compile("(?<![0-9])(?:(?:\\+|00)86[ -]?|86[ -]?|\\(\\+?86\\) ?|0)?"
            + "(1[3-9][0-9])[ -]?([0-9]{4})[ -]?([0-9]{4})(?![0-9])");

    private static final String AREA_CODE = "0(?:10|2[0-9]|[3-9][0-9]{2})";

    private static final Pattern LANDLINE = Pattern.compile("(?<![0-9])(?:\\(" + AREA_CODE + "\\)|" + AREA_CODE
            + ")[ -]?([1-9][0-9]{2,3}[ -]?[0-9]{4})(?: ?(?:-|转|分机|(?i:ext)\\.?) ?([0-9]{1,6}))?(?![0-9])");

    private static final Pattern LOCAL_LANDLINE = Pattern
            .compile("(?:电话|座机|固话|(?i:tel))(?:号码)? ?:? ?([1-9][0-9]{2,3}[ -]?[0-9]{4})(?![0-9])");

    private static final Pattern NAME_MARKER = Pattern.compile(
            "(?<label>姓名|联系人|来信人|写信人|反映人|投诉人|举报人|申请人|署名|签名) *(?<colon>:)? *"
                    + "|(?<strong>我叫|名叫) *|(?<weak>本人是|本人|我是) *");

    private static final String NAME_MARKER_FIRST_CHARS = "姓联来写反投举申署签我名本";

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

    // ---------------------------------------------------------------------------------------------- scan

    private record Hit(Kind kind, int start, int end, String replacement) {}

    private enum Marker { LABEL_WITH_COLON, STRONG, WEAK }

    private static final class Scan {
        private final String original;
        private final String s;
        private final int n;
        private final boolean[] claimed;
        private final List<Hit> hits = new ArrayList<>();

        Scan(String original) {
            this.original = original;
            this.s = fold(original);
            this.n = original.length();
            this.claimed = new boolean[n];
        }

        Masked result() {
            hits.sort(Comparator.comparingInt(Hit::start));
            StringBuilder out = new StringBuilder(n);
            List<Finding> findings = new ArrayList<>(hits.size());
            int at = 0;
            for (Hit hit : hits) {
                out.append(original, at, hit.start()).append(hit.replacement());
                at = hit.end();
                findings.add(new Finding(hit.kind(), hit.start(), hit.end()));
            }
            out.append(original, at, n);
            return new Masked(out.toString(), findings);
        }

        private boolean free(int start, int end) {
            for (int i = start; i < end; i++) {
                if (claimed[i]) {
                    return false;
                }
            }
            return true;
        }

        private void add(Kind kind, int start, int end, String replacement) {
            for (int i = start; i < end; i++) {
                claimed[i] = true;
            }
            hits.add(new Hit(kind, start, end, replacement));
        }

        /** The original span with the positions the predicate names replaced by {@code *}. */
        private String starred(int start, int end, IntPredicate masked) {
            StringBuilder b = new StringBuilder(end - start);
            for (int i = start; i < end; i++) {
                b.append(masked.test(i) ? '*' : original.charAt(i));
            }
            return b.toString();
        }

        /**
         * What {@code while (matcher.find())} would report, but the pattern is only tried where {@code canStart} says a
         * match may begin: most characters of a letter are Han characters that start nothing, and skipping them
         * cheaply makes the scan several times faster than {@code find()}.
         */
        private void eachMatch(Pattern pattern, IntPredicate canStart, Consumer<Matcher> onMatch) {
            Matcher m = pattern.matcher(s).useTransparentBounds(true).useAnchoringBounds(false);
            int i = 0;
            while (i < n) {
                if (canStart.test(i)) {
                    m.region(i, n);
                    if (m.lookingAt()) {
                        onMatch.accept(m);
                        i = Math.max(m.end(), i + 1);
                        continue;
                    }
                }
                i++;
            }
        }

        private boolean digitAt(int index) {
            return index >= 0 && index < n && isAsciiDigit(s.charAt(index));
        }

        private boolean startsNumber(int index) {
            return digitAt(index) && !digitAt(index - 1);
        }

        // ---- e-mail: a hand-written scan around each '@', linear even for long runs without one

        void emails() {
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
                if (start == at || !isDomain(s.substring(at + 1, end)) || !free(start, end)) {
                    continue;
                }
                add(Kind.EMAIL, start, end, original.charAt(start) + "***" + original.substring(at, end));
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

        // ---- ID numbers and bank cards

        void longNumbers(Pattern pattern, boolean grouped) {
            eachMatch(pattern, this::startsNumber, m -> longNumber(m.start(), m.end(), grouped));
        }

        private void longNumber(int start, int end, boolean grouped) {
            if (!free(start, end)) {
                return;
            }
            char[] chars = new char[end - start];
            int length = 0;
            for (int i = start; i < end; i++) {
                char c = s.charAt(i);
                if (c != ' ' && c != '-') {
                    chars[length++] = c;
                }
            }
            String number = new String(chars, 0, length);
            if (isIdNumber(number)) {
                int first = start;
                int last = end - 1;
                add(Kind.ID_NUMBER, start, end,
                        starred(start, end, i -> i != first && i != last && s.charAt(i) != ' ' && s.charAt(i) != '-'));
            } else if (length >= 16 && length <= 19 && isAllDigits(number) && !letterAt(start - 1) && !letterAt(end)
                    && (!grouped || GROUPED_BANK_CARD.matcher(s).region(start, end).matches())) {
                int keepFrom = lastDigitsFrom(start, end, 4);
                add(Kind.BANK_CARD, start, end, starred(start, end, i -> i < keepFrom && isAsciiDigit(s.charAt(i))));
            }
        }

        private int lastDigitsFrom(int start, int end, int count) {
            int seen = 0;
            for (int i = end - 1; i >= start; i--) {
                if (isAsciiDigit(s.charAt(i)) && ++seen == count) {
                    return i;
                }
            }
            return start;
        }

        // ---- phones

        void mobiles() {
            eachMatch(MOBILE, i -> (digitAt(i) || s.charAt(i) == '+' || s.charAt(i) == '(') && !digitAt(i - 1), m -> {
                if (free(m.start(), m.end())) {
                    int from = m.start(2);
                    int to = m.end(2);
                    add(Kind.MOBILE, m.start(), m.end(), starred(m.start(), m.end(), i -> i >= from && i < to));
                }
            });
        }

        void landlines() {
            eachMatch(LANDLINE, i -> (s.charAt(i) == '0' || s.charAt(i) == '(') && !digitAt(i - 1),
                    m -> landline(m, true));
            eachMatch(LOCAL_LANDLINE, i -> "电座固Tt".indexOf(s.charAt(i)) >= 0, m -> landline(m, false));
        }

        private void landline(Matcher m, boolean withAreaCode) {
            int start = withAreaCode ? m.start() : m.start(1);
            int end = withAreaCode ? m.end() : m.end(1);
            if (!free(start, end)) {
                return;
            }
            int localStart = m.start(1);
            int localStarredUntil = digitsFrom(localStart, m.end(1), 4);
            int extStart = withAreaCode && m.group(2) != null ? m.start(2) : end;
            add(Kind.LANDLINE, start, end, starred(start, end, i -> isAsciiDigit(s.charAt(i))
                    && (i >= localStart && i < localStarredUntil || i >= extStart)));
        }

        /** The index just after the first {@code count} digits from {@code start}. */
        private int digitsFrom(int start, int end, int count) {
            int seen = 0;
            for (int i = start; i < end; i++) {
                if (isAsciiDigit(s.charAt(i)) && ++seen == count) {
                    return i + 1;
                }
            }
            return end;
        }

        // ---- names

        void names(Collection<String> given) {
            Set<String> names = new LinkedHashSet<>();
            if (given != null) {
                for (String name : given) {
                    if (name != null) {
                        String folded = fold(name).strip();
                        if (folded.codePointCount(0, folded.length()) >= 2) {
                            names.add(folded);
                        }
                    }
                }
            }
            eachMatch(NAME_MARKER, i -> NAME_MARKER_FIRST_CHARS.indexOf(s.charAt(i)) >= 0, m -> {
                Marker marker = m.group("label") != null
                        ? (m.group("colon") != null ? Marker.LABEL_WITH_COLON : Marker.STRONG)
                        : m.group("strong") != null ? Marker.STRONG : Marker.WEAK;
                int length = introducedNameLength(m.end(), marker);
                if (length > 0 && free(m.end(), m.end() + length)) {
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
                    if ((caseless || s.regionMatches(true, i, name, 0, length)) && free(i, i + length)) {
                        add(Kind.NAME, i, i + length, maskedName(original.substring(i, i + length)));
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

        private int introducedNameLength(int at, Marker marker) {
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

        // ---- addresses

        void addresses() {
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
                if (!free(start, end)) {
                    continue;
                }
                int anchorAt = start > 0 && s.charAt(start - 1) == '第' ? start - 1 : start;
                boolean contiguous = chainEnd >= 0 && (anchorAt == chainEnd
                        || anchorAt == chainEnd + 1 && (s.charAt(chainEnd) == ' ' || s.charAt(chainEnd) == '-'));
                boolean keyword = followsAddressKeyword(anchorAt);
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
                if (!contiguous && !(chainEnd >= 0 && keyword && joinedByCompoundName(chainEnd, anchorAt))) {
                    closeChain(chainStart, chainEnd, starred);
                    chainStart = start;
                    starred = new ArrayList<>();
                }
                starred.add(new int[] {maskFrom, maskTo});
                chainEnd = end;
            }
            closeChain(chainStart, chainEnd, starred);
        }

        private void closeChain(int start, int end, List<int[]> starredRanges) {
            if (start < 0) {
                return;
            }
            add(Kind.ADDRESS, start, end, starred(start, end, i -> {
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

        private boolean followsAddressKeyword(int at) {
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
        private boolean joinedByCompoundName(int from, int to) {
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

        private boolean letterAt(int index) {
            return index >= 0 && index < n && isAsciiLetter(s.charAt(index));
        }
    }

    // ---------------------------------------------------------------------------------------------- helpers

    /** Full-width ASCII forms, ideographic and no-break spaces, dashes → ASCII; same length. */
    private static String fold(String text) {
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            char c = chars[i];
            if (c >= '\uFF01' && c <= '\uFF5E') {
                chars[i] = (char) (c - 0xFEE0);
            } else if (c == '\u3000' || c == '\u00A0') {
                chars[i] = ' ';
            } else if (c >= '\u2010' && c <= '\u2015' || c == '\u2212') {
                chars[i] = '-';
            }
        }
        return new String(chars);
    }

    private static boolean isIdNumber(String number) {
        if (number.length() == 15 && isAllDigits(number)) {
            return number.charAt(0) != '0' && isDate(1900 + Integer.parseInt(number.substring(6, 8)),
                    number.substring(8, 10), number.substring(10, 12));
        }
        if (number.length() != 18 || !isAllDigits(number.substring(0, 17)) || number.charAt(0) == '0') {
            return false;
        }
        char check = Character.toUpperCase(number.charAt(17));
        if (check != 'X' && !isAsciiDigit(check)) {
            return false;
        }
        int year = Integer.parseInt(number.substring(6, 10));
        boolean plausibleDate = year >= 1900 && year <= 2099
                && isDate(year, number.substring(10, 12), number.substring(12, 14));
        return plausibleDate || check == 'X' && checkCharacter(number) == 'X';
    }

    /** ISO 7064 MOD 11-2, as GB 11643 uses it. */
    private static char checkCharacter(String number) {
        int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (number.charAt(i) - '0') * weights[i];
        }
        return "10X98765432".charAt(sum % 11);
    }

    private static boolean isDate(int year, String month, String day) {
        try {
            LocalDate.of(year, Integer.parseInt(month), Integer.parseInt(day));
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }

    private static boolean isAllDigits(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (!isAsciiDigit(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z';
    }

    private static boolean isAsciiLetterOrDigit(char c) {
        return isAsciiDigit(c) || isAsciiLetter(c);
    }

    private static boolean isHan(char c) {
        return !Character.isSurrogate(c) && Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }
}
