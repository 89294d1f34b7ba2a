package budget.parser.title;

import budget.parser.text.Chars;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A department name as printed and its normalised key. The key is the same for every spelling of one
 * department: no numeric code prefix ({@code 157上海市松江区医疗保障局}), no consolidation or scope marker
 * ({@code （汇总）}, {@code （部门）}, {@code （本级）}), no spaces, and the city prefix when the name starts at the
 * district ({@code 闵行区医疗保障局} → {@code 上海市闵行区医疗保障局}) and the document names the city elsewhere.
 *
 * @param printed      as printed
 * @param key          normalised
 * @param code         the numeric code printed before the name, or null
 * @param consolidated whether the name carried （汇总）
 */
public record DepartmentName(String printed, String key, String code, boolean consolidated) {

    private static final Pattern CODE_PREFIX = Pattern.compile("^(\\d{1,12})[-_.、]?(?=\\D)");
    private static final Pattern MARKER = Pattern.compile("[（(](汇总|部门|本级|合并)[）)]");
    /** A name that starts at a district or county: its leading place name. */
    private static final Pattern DISTRICT_START = Pattern.compile("^\\p{IsHan}{1,5}?[区县]");
    /** What a place's level ends with: 省, 市, 区, 县, 旗 ... */
    private static final String PLACE_SUFFIX = "(?:自治区|自治州|省|市|新区|区|县|旗|盟)";
    /** One level of a place: 浙江省, 杭州市, 西湖区, 滨海新区, 内蒙古自治区, 伊金霍洛旗. */
    private static final Pattern PLACE_LEVEL = Pattern.compile("\\p{IsHan}{1,8}?" + PLACE_SUFFIX);
    /** A level of a place within a name, where the name's own words may follow: two characters before the suffix. */
    private static final Pattern NAMED_PLACE_LEVEL = Pattern.compile("\\p{IsHan}{2,8}?" + PLACE_SUFFIX);

    /**
     * Reads a printed department name.
     *
     * @param printed  the name as printed
     * @param cityHint the city the document names (e.g. 上海市), used when the name starts at the district; may
     *                 be null
     */
    public static DepartmentName of(String printed, String cityHint) {
        String text = Chars.squeeze(printed);
        String code = null;
        Matcher codeMatch = CODE_PREFIX.matcher(text);
        if (codeMatch.find()) {
            code = codeMatch.group(1);
            text = text.substring(codeMatch.end());
        }
        boolean consolidated = text.contains("汇总");
        String key = MARKER.matcher(text).replaceAll("");
        if (cityHint != null && startsAtDistrict(key)) {
            key = cityHint + key;
        }
        return new DepartmentName(printed.strip(), key, code, consolidated);
    }

    /**
     * The same name with the key completed by the place the title names, where the name starts at a lower level of
     * that place: under a 浙江省杭州市西湖区 title, 西湖区财政局 and 杭州市西湖区财政局 are 浙江省杭州市西湖区财政局.
     *
     * @param place the title's place, without spaces
     */
    public DepartmentName completedBy(String place) {
        List<String> levels = placeLevels(place);
        if (levels.size() < 2 || key.startsWith(place)) {
            return this;
        }
        for (int i = 1; i < levels.size(); i++) {
            String tail = String.join("", levels.subList(i, levels.size()));
            if (key.startsWith(tail)) {
                return new DepartmentName(printed, String.join("", levels.subList(0, i)) + key, code, consolidated);
            }
        }
        return this;
    }

    /** The levels of a place (浙江省 / 杭州市 / 西湖区), or none when the text is not a place throughout. */
    static List<String> placeLevels(String place) {
        List<String> levels = new ArrayList<>();
        Matcher m = PLACE_LEVEL.matcher(place);
        int at = 0;
        while (at < place.length() && m.find(at) && m.start() == at) {
            levels.add(m.group());
            at = m.end();
        }
        return at == place.length() ? levels : List.of();
    }

    /** Whether the name begins with a district or county (not an autonomous region) and names no city before it. */
    public static boolean startsAtDistrict(String name) {
        Matcher district = DISTRICT_START.matcher(name);
        // an autonomous region (内蒙古自治区) is a province, not a district
        return district.find() && name.lastIndexOf('市', district.end()) < 0 && !district.group().endsWith("自治区");
    }

    /**
     * The places a key starts with: 上海市闵行区 of 上海市闵行区医疗保障局, 浙江省杭州市西湖区 of 浙江省杭州市西湖区财政局,
     * 广东省 of 广东省市场监督管理局, 北京市朝阳区 of a party organ's 中共北京市朝阳区委宣传部; null where it starts with none.
     * A level has two characters at least before its suffix (so that 城市管理 or 市场 are not places).
     */
    public static String regionOf(String key) {
        String name = key.startsWith("中共") ? key.substring(2) : key;
        Matcher m = NAMED_PLACE_LEVEL.matcher(name);
        int at = 0;
        while (at < name.length() && m.find(at) && m.start() == at) {
            at = m.end();
        }
        return at == 0 ? null : name.substring(0, at);
    }
}
