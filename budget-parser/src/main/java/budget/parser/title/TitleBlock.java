package budget.parser.title;

import budget.model.BudgetKind;
import budget.model.GovernmentLevel;
import budget.parser.text.Chars;
import budget.parser.text.SourceLine;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The title of the document: {@code 闵行区2026年区级部门预算}, {@code 上海市宝山区 2026 年区级部门预算},
 * {@code 上海市2026年市级部门预算}, or a unit budget's {@code …2025年单位预算}.
 *
 * @param line          1-based source line
 * @param regionPrinted the place before the year as printed (闵行区, 上海市宝山区, 上海市), or empty
 * @param year          the budget year
 * @param level         市级 → CITY, 区级/县级 → DISTRICT, or null when the title does not say
 * @param kind          部门预算 → DEPARTMENT, 单位预算 → UNIT
 */
public record TitleBlock(int line, String regionPrinted, int year, GovernmentLevel level, BudgetKind kind) {

    /** The level words of titles, upper levels (province, autonomous region, city, prefecture, league) first. */
    private static final List<String> UPPER_LEVEL_WORDS = List.of("省级", "自治区级", "市级", "州级", "盟级");
    private static final List<String> LOWER_LEVEL_WORDS = List.of("区级", "县级", "旗级", "镇级", "乡级");
    private static final List<String> LEVEL_WORDS = java.util.stream.Stream.concat(UPPER_LEVEL_WORDS.stream(),
            LOWER_LEVEL_WORDS.stream()).toList();
    /** The title sits near the top; looking further only finds headings that quote it. */
    private static final int SEARCH_LINES = 80;
    private static final Pattern PLACE_FIRST = Pattern.compile(
            "^(\\D{0,30}?)(\\d{4})年度?(" + String.join("|", LEVEL_WORDS) + ")?(部门|单位)预算([（(].{0,20}[)）])?$");
    private static final Pattern YEAR_FIRST = Pattern.compile("^(\\d{4})年度?(\\D{1,40}?)(部门|单位)预算$");

    public static Optional<TitleBlock> read(List<SourceLine> lines) {
        int nonBlank = 0;
        for (SourceLine line : lines) {
            if (line.isBlank()) {
                continue;
            }
            if (++nonBlank > SEARCH_LINES) {
                break;
            }
            if (line.text().length() > 120) {
                continue;
            }
            Optional<TitleBlock> title = parse(line);
            if (title.isPresent()) {
                return title;
            }
        }
        return Optional.empty();
    }

    static Optional<TitleBlock> parse(SourceLine line) {
        String text = Chars.squeeze(line.text());
        while (!text.isEmpty() && (text.charAt(0) == '#' || text.charAt(0) == '*')) {
            text = text.substring(1);
        }
        Matcher m = PLACE_FIRST.matcher(text);
        if (m.matches()) {
            return Optional.of(new TitleBlock(line.number(), m.group(1), Integer.parseInt(m.group(2)),
                    level(m.group(3), m.group(1)), "单位".equals(m.group(4)) ? BudgetKind.UNIT : BudgetKind.DEPARTMENT));
        }
        m = YEAR_FIRST.matcher(text);
        if (m.matches()) {
            return Optional.of(new TitleBlock(line.number(), "", Integer.parseInt(m.group(1)), level(null, m.group(2)),
                    "单位".equals(m.group(3)) ? BudgetKind.UNIT : BudgetKind.DEPARTMENT));
        }
        return Optional.empty();
    }

    /**
     * The level the title states, else the one its place implies: a province, autonomous region, city, prefecture
     * or league is the upper level (CITY), a district, county or banner (旗) the lower (DISTRICT).
     */
    static GovernmentLevel level(String stated, String place) {
        if (stated != null && UPPER_LEVEL_WORDS.contains(stated)) {
            return GovernmentLevel.CITY;
        }
        if (stated != null && LOWER_LEVEL_WORDS.contains(stated)) {
            return GovernmentLevel.DISTRICT;
        }
        return place == null ? null : levelOfPlace(place);
    }

    /**
     * The level a place's name implies by its suffix, or null where it is not a place's name: a province, autonomous
     * region, city, prefecture or league the upper (CITY), a district, county or banner (旗) the lower (DISTRICT).
     */
    static GovernmentLevel levelOfPlace(String place) {
        if (place.endsWith("自治区") || place.endsWith("省") || place.endsWith("市") || place.endsWith("州")
                || place.endsWith("盟")) {
            return GovernmentLevel.CITY;
        }
        return place.endsWith("区") || place.endsWith("县") || place.endsWith("旗") ? GovernmentLevel.DISTRICT : null;
    }
}
