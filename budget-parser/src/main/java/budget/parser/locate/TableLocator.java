package budget.parser.locate;

import budget.model.TableType;
import budget.parser.text.Chars;
import budget.parser.text.SourceLine;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Finds the nine tables in a document. A line is a table's title when it carries the title words and is
 * followed, before any other title, by something only a table has (编制部门, 单位：元, a column header, a code
 * row): this tells the real titles from the table of contents, which lists the same words.
 */
public final class TableLocator {

    /** How many non-blank lines after a title may pass before the table must show itself. */
    private static final int ANCHOR_LOOKAHEAD = 12;
    private static final Pattern CODE_ROW = Pattern.compile("^[|\\s]*[1-9]\\d{2}(\\d{2}){0,2}([|\\s\\t]|$).*");
    /** A line that reads like the title of a table (one of the nine or another): {@code 2025年部门项目支出预算表}. */
    private static final Pattern TITLE_LIKE = Pattern.compile("^[|\\s#*]*(?:19|20)\\d{2}\\s*年.*表[|\\s]*$");
    /** Characters a table's title has at most ({@code 2026年部门一般公共预算基本支出部门预算经济分类预算表}: 30). */
    private static final int MAX_TITLE = 48;
    private static final String[] HEADER_WORDS = {"科目编码", "科目名称", "本年收入", "本年支出", "预算数", "因公出国",
            "财政拨款支出", "公务接待费"};

    private TableLocator() {
    }

    public static List<TableRegion> locate(List<SourceLine> lines) {
        List<Integer> titles = new ArrayList<>();
        List<TableType> types = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Optional<TableType> type = TableTitles.match(lines.get(i).text());
            if (type.isPresent()) {
                titles.add(i);
                types.add(type.get());
            }
        }
        Map<TableType, String> printedTitles = new EnumMap<>(TableType.class);
        Map<TableType, List<List<SourceLine>>> segments = new EnumMap<>(TableType.class);
        TableType current = null;
        List<SourceLine> open = null;
        List<SourceLine> carried = List.of();
        for (int t = 0; t < titles.size(); t++) {
            int start = titles.get(t);
            int nextTitle = t + 1 < titles.size() ? titles.get(t + 1) : lines.size();
            if (!anchored(lines, start, nextTitle)) {
                continue;
            }
            TableType type = types.get(t);
            int end = regionEnd(lines, start, nextTitle);
            List<SourceLine> segment = new ArrayList<>(lines.subList(start, end));
            if (!carried.isEmpty()) {
                if (type.economic()) {
                    segment.addAll(firstCodeRow(segment), carried);
                } else {
                    open.addAll(carried); // no table of theirs follows: left where they stand
                }
            }
            carried = type.shape() == TableType.Shape.CODE && !type.economic() && nextIsEconomic(types, t)
                    ? otherClassificationTail(type, segment) : List.of();
            if (type == current && open != null) {
                // the same title again right after its own table: a running head of the next page
                open.addAll(segment);
            } else {
                segments.computeIfAbsent(type, k -> new ArrayList<>()).add(segment);
                printedTitles.putIfAbsent(type, cleanTitle(lines.get(start).text()));
                open = segment;
                current = type;
            }
        }
        if (!carried.isEmpty()) {
            open.addAll(carried);
        }
        List<TableRegion> regions = new ArrayList<>();
        for (TableType type : TableType.values()) {
            List<List<SourceLine>> parts = segments.get(type);
            if (parts != null) {
                regions.add(new TableRegion(type, printedTitles.get(type), parts));
            }
        }
        return regions;
    }

    private static boolean nextIsEconomic(List<TableType> types, int t) {
        return t + 1 < types.size() && types.get(t + 1).economic();
    }

    /**
     * The rows at the end of a functional table's lines whose codes are economic, with the lines among and after
     * them, removed from the segment: text in content-stream order ({@code pdftotext -raw}) can print the first rows
     * of table 8 before its title, under the table before it. Only where no functional row follows them and no
     * other title stands between; where a page starts just before them with lines of no numbers (its 单位, its
     * header), those go with them.
     */
    private static List<SourceLine> otherClassificationTail(TableType type, List<SourceLine> segment) {
        int from = -1;
        for (int i = 1; i < segment.size(); i++) {
            String code = rowCode(segment.get(i).text());
            if (code == null) {
                if (from >= 0 && TITLE_LIKE.matcher(segment.get(i).text()).matches()) {
                    return List.of();
                }
                continue;
            }
            if (type.classifies(code)) {
                from = -1;
            } else if (from < 0 && TableType.ECONOMIC.classifies(code)) {
                from = i;
            }
        }
        if (from < 0) {
            return List.of();
        }
        // the page they stand on starts with them: its 单位 and header lines before them go with them
        for (int i = from - 1; i > 0 && !segment.get(i).lastOnPage(); i--) {
            if (rowCode(segment.get(i).text()) != null || Chars.hasDigit(segment.get(i).text())) {
                break;
            }
            if (i - 1 > 0 && segment.get(i - 1).lastOnPage()) {
                from = i;
            }
        }
        List<SourceLine> tail = new ArrayList<>(segment.subList(from, segment.size()));
        segment.subList(from, segment.size()).clear();
        return tail;
    }

    /** Where the first code row of a segment stands (after its title and header), or its end. */
    private static int firstCodeRow(List<SourceLine> segment) {
        for (int i = 1; i < segment.size(); i++) {
            if (rowCode(segment.get(i).text()) != null) {
                return i;
            }
        }
        return segment.size();
    }

    /**
     * The code a line starts with, if it is a code row with its name ({@code 301 01 基本工资 …}: "301"), else null
     * (a number alone, printed one cell per line, may be an amount).
     */
    private static String rowCode(String text) {
        if (!CODE_ROW.matcher(text).matches() || !Chars.hasHan(text)) {
            return null;
        }
        String stripped = text.replace("|", " ").strip();
        int end = 0;
        while (end < stripped.length() && Character.isDigit(stripped.charAt(end))) {
            end++;
        }
        return stripped.substring(0, end);
    }

    private static boolean anchored(List<SourceLine> lines, int title, int nextTitle) {
        int seen = 0;
        for (int i = title + 1; i < nextTitle && seen < ANCHOR_LOOKAHEAD; i++) {
            String text = lines.get(i).text();
            if (text.isBlank()) {
                continue;
            }
            seen++;
            if (isAnchor(text)) {
                return true;
            }
        }
        return false;
    }

    static boolean isAnchor(String text) {
        if (text.length() > 2_000) {
            return false;
        }
        if (MarkerLines.preparedBy(text) != null || MarkerLines.unit(text) != null) {
            return true;
        }
        String squeezed = Chars.squeeze(text);
        for (String word : HEADER_WORDS) {
            if (squeezed.contains(word)) {
                return true;
            }
        }
        return CODE_ROW.matcher(text).matches();
    }

    /**
     * A region ends at the next title, at a narrative heading that follows the table's content, or at the title of
     * a table that is not one of the nine (a project list, a procurement table printed after table 8): its rows
     * are not the table's.
     */
    private static int regionEnd(List<SourceLine> lines, int title, int nextTitle) {
        for (int i = title + 1; i < nextTitle; i++) {
            String text = lines.get(i).text();
            if (Headings.isSectionHeading(text) || otherTableTitle(text)) {
                return i;
            }
        }
        return nextTitle;
    }

    private static boolean otherTableTitle(String text) {
        return Chars.squeeze(text).length() <= MAX_TITLE && TITLE_LIKE.matcher(text).matches()
                && TableTitles.match(text).isEmpty();
    }

    static String cleanTitle(String line) {
        String text = line.strip();
        while (!text.isEmpty() && (text.charAt(0) == '#' || text.charAt(0) == '-' || text.charAt(0) == '*')) {
            text = text.substring(1).strip();
        }
        return text;
    }
}
