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
        for (int t = 0; t < titles.size(); t++) {
            int start = titles.get(t);
            int nextTitle = t + 1 < titles.size() ? titles.get(t + 1) : lines.size();
            if (!anchored(lines, start, nextTitle)) {
                continue;
            }
            TableType type = types.get(t);
            int end = regionEnd(lines, start, nextTitle);
            List<SourceLine> segment = new ArrayList<>(lines.subList(start, end));
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
        List<TableRegion> regions = new ArrayList<>();
        for (TableType type : TableType.values()) {
            List<List<SourceLine>> parts = segments.get(type);
            if (parts != null) {
                regions.add(new TableRegion(type, printedTitles.get(type), parts));
            }
        }
        return regions;
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

    /** A region ends at the next title or at a narrative heading that follows the table's content. */
    private static int regionEnd(List<SourceLine> lines, int title, int nextTitle) {
        for (int i = title + 1; i < nextTitle; i++) {
            if (Headings.isSectionHeading(lines.get(i).text())) {
                return i;
            }
        }
        return nextTitle;
    }

    static String cleanTitle(String line) {
        String text = line.strip();
        while (!text.isEmpty() && (text.charAt(0) == '#' || text.charAt(0) == '-' || text.charAt(0) == '*')) {
            text = text.substring(1).strip();
        }
        return text;
    }
}
