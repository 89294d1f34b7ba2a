package budget.model;

import budget.text.Spaces;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The names function classes (类) and 款 have had in the revisions of the government revenue and expenditure
 * classification (政府收支分类科目, revised by the Ministry of Finance every year): the same code keeps its meaning
 * across a renaming, so documents of different years, or the prose and the tables of one document, may print
 * different names for one code. Only renamings known for certain are listed; a code absent here has kept its name
 * as far as this table knows.
 * <p>
 * Names are compared without whitespace and without a trailing 支出: before the 2014 revision most 类 names had
 * no 支出 tail (一般公共服务, 教育), and table 1 often prints them that way still.
 */
public final class ClassificationNames {

    /**
     * One renaming.
     *
     * @param code       the function code, 3 (类) or 5 (款) digits
     * @param formerName the name before the revision
     * @param name       the name the revision gave
     * @param revision   the year of the classification that first prints the new name
     */
    public record Renaming(String code, String formerName, String name, int revision) {
    }

    /** A code a revision introduced (no former name); listed for readers comparing years. */
    public record Introduced(String code, String name, int revision) {
    }

    private static final List<Renaming> RENAMINGS = List.of(
            // 类
            // 2011: 环境保护 widened to 节能环保 (the 支出 tail came with 2014)
            new Renaming("211", "环境保护", "节能环保支出", 2011),
            // 2014: after the 2013 reorganisation (卫生和计划生育委员会, 国家海洋局 under 国土资源部), and the 事务
            // classes renamed 支出
            new Renaming("210", "医疗卫生", "医疗卫生与计划生育支出", 2014),
            new Renaming("212", "城乡社区事务", "城乡社区支出", 2014),
            new Renaming("213", "农林水事务", "农林水支出", 2014),
            new Renaming("216", "商业服务业等事务", "商业服务业等支出", 2014),
            new Renaming("220", "国土资源气象等事务", "国土海洋气象等支出", 2014),
            new Renaming("222", "粮油物资储备事务", "粮油物资储备支出", 2014),
            // 2019: after the 2018 reorganisation of ministries (卫生健康委, 文化和旅游部, 自然资源部)
            new Renaming("207", "文化体育与传媒支出", "文化旅游体育与传媒支出", 2019),
            new Renaming("210", "医疗卫生与计划生育支出", "卫生健康支出", 2019),
            new Renaming("220", "国土海洋气象等支出", "自然资源海洋气象等支出", 2019),
            // 款, 2019, with their 类
            new Renaming("20701", "文化", "文化和旅游", 2019),
            new Renaming("21001", "医疗卫生与计划生育管理事务", "卫生健康管理事务", 2019),
            new Renaming("21099", "其他医疗卫生与计划生育支出", "其他卫生健康支出", 2019),
            new Renaming("22001", "国土资源事务", "自然资源事务", 2019));

    private static final List<Introduced> INTRODUCED = List.of(
            // 2019: 应急管理部, 国家医疗保障局 and 退役军人事务部 of the 2018 reorganisation
            new Introduced("224", "灾害防治及应急管理支出", 2019),
            new Introduced("21015", "医疗保障管理事务", 2019),
            new Introduced("20828", "退役军人管理事务", 2019));

    /**
     * The function classes (类) of the classification since its 2019 revision, by code: what a table that prints a
     * 类 without its name (a page that drops the name column, a reading that lost it) stands for.
     */
    private static final java.util.Map<String, String> CLASSES = java.util.Map.ofEntries(
            java.util.Map.entry("201", "一般公共服务支出"), java.util.Map.entry("202", "外交支出"),
            java.util.Map.entry("203", "国防支出"), java.util.Map.entry("204", "公共安全支出"),
            java.util.Map.entry("205", "教育支出"), java.util.Map.entry("206", "科学技术支出"),
            java.util.Map.entry("207", "文化旅游体育与传媒支出"), java.util.Map.entry("208", "社会保障和就业支出"),
            java.util.Map.entry("209", "社会保险基金支出"), java.util.Map.entry("210", "卫生健康支出"),
            java.util.Map.entry("211", "节能环保支出"), java.util.Map.entry("212", "城乡社区支出"),
            java.util.Map.entry("213", "农林水支出"), java.util.Map.entry("214", "交通运输支出"),
            java.util.Map.entry("215", "资源勘探工业信息等支出"), java.util.Map.entry("216", "商业服务业等支出"),
            java.util.Map.entry("217", "金融支出"), java.util.Map.entry("219", "援助其他地区支出"),
            java.util.Map.entry("220", "自然资源海洋气象等支出"), java.util.Map.entry("221", "住房保障支出"),
            java.util.Map.entry("222", "粮油物资储备支出"), java.util.Map.entry("223", "国有资本经营预算支出"),
            java.util.Map.entry("224", "灾害防治及应急管理支出"), java.util.Map.entry("227", "预备费"),
            java.util.Map.entry("229", "其他支出"), java.util.Map.entry("230", "转移性支出"),
            java.util.Map.entry("231", "债务还本支出"), java.util.Map.entry("232", "债务付息支出"),
            java.util.Map.entry("233", "债务发行费用支出"));

    /** Each renaming with its names' keys, made once: every lookup compares keys, many times per document. */
    private record Keyed(Renaming renaming, String formerKey, String key) {
    }

    private static final List<Keyed> KEYED = RENAMINGS.stream()
            .map(r -> new Keyed(r, key(r.formerName()), key(r.name()))).toList();

    /** Every name each renamed code has had, oldest first ({@link #namesOf}). */
    private static final Map<String, List<String>> NAMES = namesByCode();

    /** The keys of {@link #NAMES}, in the same order: where a name stands in its code's history. */
    private static final Map<String, List<String>> KEYS = NAMES.entrySet().stream().collect(
            Collectors.toUnmodifiableMap(Map.Entry::getKey, e -> e.getValue().stream().map(ClassificationNames::key)
                    .toList()));

    /** The keys of every name a function class (类) has, current or former ({@link #isClassName}). */
    private static final Set<String> CLASS_NAME_KEYS = classNameKeys();

    private ClassificationNames() {
    }

    /** Whether a name is the name of a function class (类), current or former. */
    public static boolean isClassName(String name) {
        return CLASS_NAME_KEYS.contains(key(name));
    }

    /** The current name of a function class (3-digit code), if the classification has it. */
    public static Optional<String> className(String code) {
        return Optional.ofNullable(code == null ? null : CLASSES.get(code));
    }

    public static List<Renaming> renamings() {
        return RENAMINGS;
    }

    public static List<Introduced> introduced() {
        return INTRODUCED;
    }

    /** Every name the code is known to have had, oldest first; empty when no renaming of it is known. */
    public static List<String> namesOf(String code) {
        return NAMES.getOrDefault(code, List.of());
    }

    /**
     * Whether two differently spelled names are both names of the code, of different revisions. Equal names
     * answer false: they need no renaming.
     */
    public static boolean renamed(String code, String a, String b) {
        int first = position(code, a);
        int second = position(code, b);
        return first >= 0 && second >= 0 && first != second;
    }

    /** The revision that replaced this name of the code, if a later name is known. */
    public static Optional<Renaming> replacing(String code, String name) {
        String key = key(name);
        return KEYED.stream()
                .filter(k -> k.renaming().code().equals(code) && k.formerKey().equals(key))
                .map(Keyed::renaming)
                .findFirst();
    }

    /** Of two names of the code ({@link #renamed}), whether {@code a} is the older. */
    public static boolean older(String code, String a, String b) {
        return position(code, a) < position(code, b);
    }

    /** The codes of which this is a former or current name, at the given code length (3 for 类). */
    public static List<String> codesNamed(String name, int codeLength) {
        String key = key(name);
        List<String> codes = new ArrayList<>();
        for (Keyed keyed : KEYED) {
            String code = keyed.renaming().code();
            if (code.length() == codeLength && !codes.contains(code)
                    && (keyed.formerKey().equals(key) || keyed.key().equals(key))) {
                codes.add(code);
            }
        }
        return codes;
    }

    /** Where the name stands in the code's history (0 = oldest known), or -1 when it is none of its names. */
    private static int position(String code, String name) {
        if (code == null || name == null) {
            return -1;
        }
        List<String> keys = KEYS.get(code);
        return keys == null ? -1 : keys.indexOf(key(name));
    }

    /** How names are compared: no whitespace, no trailing 支出. */
    private static String key(String name) {
        String bare = Spaces.removed(name);
        return bare.endsWith("支出") && bare.length() > 2 ? bare.substring(0, bare.length() - 2) : bare;
    }

    private static Map<String, List<String>> namesByCode() {
        Map<String, List<String>> names = new LinkedHashMap<>();
        for (Renaming renaming : RENAMINGS) {
            List<String> ofCode = names.computeIfAbsent(renaming.code(), c -> new ArrayList<>());
            if (!ofCode.contains(renaming.formerName())) {
                ofCode.add(renaming.formerName());
            }
            ofCode.add(renaming.name());
        }
        Map<String, List<String>> immutable = new LinkedHashMap<>();
        names.forEach((code, ofCode) -> immutable.put(code, List.copyOf(ofCode)));
        return Collections.unmodifiableMap(immutable);
    }

    private static Set<String> classNameKeys() {
        Set<String> keys = new HashSet<>();
        CLASSES.values().forEach(name -> keys.add(key(name)));
        KEYED.stream().filter(k -> k.renaming().code().length() == 3).forEach(k -> {
            keys.add(k.formerKey());
            keys.add(k.key());
        });
        return Set.copyOf(keys);
    }
}
