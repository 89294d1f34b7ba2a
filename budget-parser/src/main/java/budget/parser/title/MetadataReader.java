package budget.parser.title;

import budget.model.BudgetKind;
import budget.model.BudgetMetadata;
import budget.model.GovernmentLevel;
import budget.parser.locate.MarkerLines;
import budget.parser.text.Chars;
import budget.parser.text.SourceLine;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the budget's metadata from the title block, the 预算主管部门 line, the tables' 编制部门 and 机构设置.
 */
public final class MetadataReader {

    /** The department line sits in the title block; looking further only finds the tables' own lines. */
    private static final int TITLE_BLOCK_LINES = 120;
    private static final Pattern CITY = Pattern.compile("^([^\\d区县市\\s]{2,4}?市)");

    /**
     * What the tables say that the metadata needs.
     *
     * @param preparedBy  each table's 编制部门 / 编制单位, in table order
     * @param unitBudget  whether tables read like a unit budget's (预算单位 titles, 编制单位 headers)
     * @param tableYear   the year the tables print most, or 0
     */
    public record TableHints(List<String> preparedBy, boolean unitBudget, int tableYear) {
    }

    private MetadataReader() {
    }

    public static BudgetMetadata read(List<SourceLine> lines, Optional<TitleBlock> title, TableHints hints) {
        boolean unit = hints.unitBudget() || title.map(TitleBlock::kind).orElse(null) == BudgetKind.UNIT;
        String printed = departmentLine(lines, title.map(TitleBlock::line).orElse(0), unit);
        if (printed == null && !hints.preparedBy().isEmpty()) {
            printed = hints.preparedBy().get(0);
        }
        String city = city(title, hints, printed, lines);
        DepartmentName name = printed == null ? null : DepartmentName.of(printed, city);
        if (name != null && title.isPresent()) {
            // the title's place, or the places a title that starts with the department's full name begins with
            String start = Chars.squeeze(title.get().regionPrinted());
            String place = isPlace(start) ? start : DepartmentName.regionOf(start);
            if (place != null) {
                name = name.completedBy(place);
            }
        }
        String key = name == null ? "" : name.key();
        String region = region(title, city, key);
        GovernmentLevel level = title.map(TitleBlock::level).orElse(null);
        if (level == null && region != null) {
            level = TitleBlock.level(null, region);
        }
        BudgetKind kind = title.map(TitleBlock::kind).orElse(BudgetKind.DEPARTMENT);
        if (hints.unitBudget()) {
            kind = BudgetKind.UNIT;
        }
        int year = title.map(TitleBlock::year).orElse(hints.tableYear());
        return new BudgetMetadata(name == null ? null : name.printed(), key, name == null ? null : name.code(),
                name != null && name.consolidated(), kind, level, region, year, BudgetUnits.read(lines),
                title.map(TitleBlock::line).orElse(0));
    }

    /**
     * The 预算主管部门 of the title block (or, where there is none, the first 预算单位 / 编制单位); for a unit budget
     * the unit (预算单位 / 编制单位), which a cover may print under its 预算主管部门.
     */
    private static String departmentLine(List<SourceLine> lines, int titleLine, boolean unit) {
        String fallback = null;
        int seen = 0;
        for (SourceLine line : lines) {
            if (line.number() < titleLine || line.isBlank()) {
                continue;
            }
            if (++seen > TITLE_BLOCK_LINES) {
                break;
            }
            String value = MarkerLines.preparedBy(line.text());
            if (value == null) {
                continue;
            }
            boolean supervisor = "预算主管部门".equals(MarkerLines.preparedByWord(line.text()));
            if (supervisor != unit) {
                return value;
            }
            if (fallback == null && (seen <= 6 || unit)) {
                fallback = value;
            }
        }
        return fallback;
    }

    /** The city the document names: from the title, the tables' preparers, the department, or the prose. */
    private static String city(Optional<TitleBlock> title, TableHints hints, String printed, List<SourceLine> lines) {
        String fromTitle = title.map(t -> cityOf(t.regionPrinted())).orElse(null);
        if (fromTitle != null) {
            return fromTitle;
        }
        for (String by : hints.preparedBy()) {
            String city = cityOf(by);
            if (city != null) {
                return city;
            }
        }
        String fromName = printed == null ? null : cityOf(printed);
        if (fromName != null) {
            return fromName;
        }
        String district = printed == null ? null : leadingDistrict(printed);
        return district == null ? null : cityBefore(district, lines);
    }

    static String cityOf(String text) {
        if (text == null) {
            return null;
        }
        String squeezed = Chars.squeeze(text);
        int i = 0;
        while (i < squeezed.length() && Character.isDigit(squeezed.charAt(i))) {
            i++;
        }
        Matcher m = CITY.matcher(squeezed.substring(i));
        return m.find() ? m.group(1) : null;
    }

    private static String leadingDistrict(String printed) {
        String squeezed = Chars.squeeze(printed).replaceFirst("^\\d+", "");
        Matcher m = Pattern.compile("^\\p{IsHan}{1,5}?[区县]").matcher(squeezed);
        return m.find() ? m.group() : null;
    }

    /** Searches the prose for the district preceded by its city, e.g. 上海市闵行区. */
    private static String cityBefore(String district, List<SourceLine> lines) {
        Pattern pattern = Pattern.compile("(?<!\\p{IsHan})([^\\d区县市\\s]{2,4}?市)" + Pattern.quote(district));
        for (SourceLine line : lines) {
            if (line.text().length() > 5_000 || !line.text().contains(district)) {
                continue;
            }
            Matcher m = pattern.matcher(line.text());
            if (m.find()) {
                return m.group(1);
            }
        }
        return null;
    }

    /** Whether a title's start is a place (ends in the suffix of one), not a department or unit. */
    private static boolean isPlace(String printed) {
        return TitleBlock.levelOfPlace(printed) != null;
    }

    /** 上海市闵行区 for a district title (闵行区… gets the city), the title's place for a city, else from the key. */
    private static String region(Optional<TitleBlock> title, String city, String key) {
        String printed = title.map(TitleBlock::regionPrinted).map(Chars::squeeze).orElse("");
        // a unit budget's title starts with the unit, not a place
        if (isPlace(printed)) {
            return city != null && DepartmentName.startsAtDistrict(printed) ? city + printed : printed;
        }
        return key.isEmpty() ? null : DepartmentName.regionOf(key);
    }
}
