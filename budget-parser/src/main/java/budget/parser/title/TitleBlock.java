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

    /** The title sits near the top; looking further only finds headings that quote it. */
    private static final int SEARCH_LINES = 80;
    private static final Pattern PLACE_FIRST = Pattern.compile(
            "^(\\D{0,30}?)(\\d{4})年度?(市级|区级|县级|省级|镇级)?(部门|单位)预算([（(].{0,20}[)）])?$");
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

    /** The level the title states, else the one its place implies (a district ends in 区 or 县). */
    static GovernmentLevel level(String stated, String place) {
        if ("市级".equals(stated) || "省级".equals(stated)) {
            return GovernmentLevel.CITY;
        }
        if ("区级".equals(stated) || "县级".equals(stated) || "镇级".equals(stated)) {
            return GovernmentLevel.DISTRICT;
        }
        if (place == null || place.isEmpty()) {
            return null;
        }
        return place.endsWith("区") || place.endsWith("县") ? GovernmentLevel.DISTRICT
                : place.endsWith("市") ? GovernmentLevel.CITY : null;
    }
}
