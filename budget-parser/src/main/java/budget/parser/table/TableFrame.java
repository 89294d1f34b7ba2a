package budget.parser.table;

import budget.model.TableType;
import budget.parser.locate.MarkerLines;
import budget.parser.locate.TableRegion;
import budget.parser.locate.TableTitles;
import budget.parser.text.Amounts;
import budget.parser.text.Cell;
import budget.parser.text.Chars;
import budget.parser.text.LineCells;
import budget.parser.text.SourceLine;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What surrounds a table's rows: its 编制部门, unit, note, the years its title and headers print, and the
 * remaining content lines (headers and rows) with page furniture removed: repeated titles, page numbers,
 * rules and separator lines.
 */
public final class TableFrame {

    private static final Pattern YEAR = Pattern.compile("((?:19|20)\\d{2})\\s*年");

    private final TableType type;
    private final String title;
    private String preparedBy;
    private String preparedByWord;
    private String unit;
    private String note;
    private final List<Integer> titleYears = new ArrayList<>();
    private final List<Integer> headerYears = new ArrayList<>();
    private final List<ContentLine> content = new ArrayList<>();
    private final int firstLine;
    private int lastLine;

    private TableFrame(TableRegion region) {
        this.type = region.type();
        this.title = region.title();
        this.firstLine = region.firstLine();
        this.lastLine = region.firstLine();
    }

    public static TableFrame scan(TableRegion region) {
        TableFrame frame = new TableFrame(region);
        for (List<SourceLine> segment : region.segments()) {
            frame.scanSegment(segment);
        }
        frame.dropPageNumbers();
        return frame;
    }

    /**
     * Lines that may be bare page numbers, kept aside until the table's form is known: among rows of several cells
     * (or where a page ends) a number alone is a page number; printed one cell per line, two or three digits alone
     * may be a code part, and only a single digit is taken for the page's number.
     */
    private final List<ContentLine> pageNumbers = new ArrayList<>();
    /** Whether a page ended since the last content line. */
    private boolean pageStart;
    /**
     * Lines holding one or two digits alone that no page end marks: page numbers if the table proves to be printed
     * as rows of several cells (a row keeps its cells on one line), cells if it is printed one cell per line.
     */
    private final List<ContentLine> loneNumbers = new ArrayList<>();

    /**
     * Lines of a table printed one cell per line holding one or two digits alone that may be the page's number as
     * well as a cell (an amount of 10 to 99 printed without decimals): the readers tell them by the identities of
     * the row they would end ({@link PageNumberDoubt}), and drop them here ({@link #dropPageNumber}).
     */
    private final Set<ContentLine> doubtfulPageNumbers = Collections.newSetFromMap(new IdentityHashMap<>());
    /**
     * Numbers of one or two digits alone right after a cell with the digits of a code or a code part, in a code
     * table: the code's next part, or (that cell a code-like whole amount, {@code 30000}) the page's number after the
     * row's last amount. Printed one cell per line they are doubtful page numbers for the reader, who knows by then which
     * that cell is ({@link CodeLikeAmounts}); else they are content as printed.
     */
    private final Set<ContentLine> afterCodeShaped = Collections.newSetFromMap(new IdentityHashMap<>());

    private void dropPageNumbers() {
        if (pageNumbers.isEmpty() && loneNumbers.isEmpty() && afterCodeShaped.isEmpty()) {
            return;
        }
        int withDigits = 0;
        int several = 0;
        for (ContentLine line : content) {
            if (Chars.hasDigit(line.text()) && !pageNumbers.contains(line) && !loneNumbers.contains(line)) {
                withDigits++;
                several += line.cells().cells().size() >= 2 ? 1 : 0;
            }
        }
        // printed one cell per line when most lines with numbers hold one cell (a label alone, a blank row, is no
        // evidence either way)
        boolean oneCellPerLine = several * 2 < withDigits;
        if (oneCellPerLine) {
            doubtfulPageNumbers.addAll(afterCodeShaped);
        }
        boolean decimals = everyAmountPrintsDecimals();
        List<ContentLine> dropped = new ArrayList<>();
        for (int i = 0; i < content.size(); i++) {
            ContentLine line = content.get(i);
            boolean atPageEnd = pageNumbers.contains(line);
            if (!atPageEnd && !loneNumbers.contains(line)) {
                continue;
            }
            if (!oneCellPerLine) {
                dropped.add(line);
                continue;
            }
            int digits = line.text().strip().length();
            if (digits > 2) {
                continue; // three digits alone may be a 类 code printed apart from its row
            }
            // no amount of the table prints so: the page's number (two digits alone may also be a code's part
            // printed apart from the rest of it, except where a page ends)
            if (decimals && (digits == 1 || atPageEnd) || atPageEnd && (digits == 1
                    || twoDigitPageNumber(line, i > 0 ? content.get(i - 1) : null))) {
                dropped.add(line);
            } else {
                doubtfulPageNumbers.add(line);
            }
        }
        for (ContentLine line : dropped) {
            dropPageNumber(line);
        }
    }

    /**
     * Whether the line holds a number alone that may be the page's number or a cell of the row before it (tables
     * printed one cell per line): for the reader to tell by that row's identities.
     */
    public boolean mayBePageNumber(ContentLine line) {
        return doubtfulPageNumbers.contains(line);
    }

    /**
     * Whether a doubtful page number follows a cell with the digits of a code ({@link #afterCodeShaped}): a page
     * number only where that cell is the row's amount.
     */
    public boolean followsCodeShapedCell(ContentLine line) {
        return afterCodeShaped.contains(line);
    }

    /** Drops a line a reader found to be the page's number: the line after it starts the next page. */
    void dropPageNumber(ContentLine line) {
        int at = content.indexOf(line);
        if (at < 0) {
            return;
        }
        content.remove(at);
        doubtfulPageNumbers.remove(line);
        // a page number ends a page: the line after it starts the next (text without form feeds)
        if (at > 0 && at < content.size() && !content.get(at).pageStart()) {
            ContentLine next = content.get(at);
            content.set(at, new ContentLine(next.line(), next.cells(), next.afterGap(), true));
            if (doubtfulPageNumbers.remove(next)) {
                doubtfulPageNumbers.add(content.get(at));
            }
        }
    }

    /**
     * Printed one cell per line, two digits alone where a page ends, in a code table after an amount: the page's
     * number (no code starts with a two-digit part; elsewhere an amount of 10 to 99 could stand there).
     */
    private boolean twoDigitPageNumber(ContentLine line, ContentLine before) {
        if (line.text().strip().length() != 2) {
            return false;
        }
        String previous = before == null ? "" : before.text().strip();
        boolean afterAmount = Amounts.isAmount(previous) && (previous.indexOf('.') >= 0 || previous.indexOf(',') >= 0);
        return afterAmount && type.shape() == TableType.Shape.CODE;
    }

    /**
     * Whether the table prints its amounts with decimals even where they are whole: every non-zero amount has
     * decimals, bare page-number candidates aside, and some whole one prints them ({@code 2,070,000.00}; a zero
     * may print as {@code 0} or {@code -} all the same). Then a bare number is no amount of it. (A table that
     * prints decimals only when they are not .00, as some publishers do, gives no such whole amount.)
     */
    private boolean everyAmountPrintsDecimals() {
        boolean wholeWithDecimals = false;
        for (ContentLine line : content) {
            if (pageNumbers.contains(line) || loneNumbers.contains(line)) {
                continue;
            }
            for (Cell cell : line.cells().filled()) {
                String text = cell.text();
                if (Amounts.isAmount(text) && !CellStream.isCodeShaped(text)) {
                    BigDecimal value = Amounts.parse(text);
                    if (value.signum() == 0) {
                        continue;
                    }
                    if (text.indexOf('.') < 0) {
                        return false;
                    }
                    wholeWithDecimals |= value.stripTrailingZeros().scale() <= 0;
                }
            }
        }
        return wholeWithDecimals;
    }

    private void scanSegment(List<SourceLine> segment) {
        boolean gap = true;
        for (int i = 0; i < segment.size(); i++) {
            SourceLine line = segment.get(i);
            String text = line.text();
            if (i > 0 && segment.get(i - 1).lastOnPage()) {
                pageStart = true;
            }
            if (!text.isBlank()) {
                lastLine = Math.max(lastLine, line.number());
            }
            if (text.isBlank() || MarkerLines.isPageMarker(text)) {
                pageStart |= !text.isBlank(); // - 4 -, 第 4 页: the page ends here, with or without a form feed
                gap = true;
                continue;
            }
            if (TableTitles.match(text).filter(t -> t == type).isPresent()) {
                years(text, i == 0 ? titleYears : headerYears);
                gap = true;
                continue;
            }
            // a line that starts with a digit is a row (or a stray number), never a 编制部门, unit or note line
            boolean rowLike = startsWithDigit(text);
            String by = rowLike ? null : MarkerLines.preparedBy(text);
            String unitHere = rowLike ? null : MarkerLines.unit(text);
            if (by != null || unitHere != null) {
                if (by != null && preparedBy == null) {
                    preparedBy = by;
                    preparedByWord = MarkerLines.preparedByWord(text);
                }
                if (unitHere != null && unit == null) {
                    unit = unitHere;
                }
                gap = true;
                continue;
            }
            if (!rowLike && MarkerLines.isNote(text)) {
                if (note == null) {
                    note = text.strip();
                }
                gap = true;
                continue;
            }
            LineCells cells = LineCells.of(text);
            if (cells.isRule() || cells.isEmpty()) {
                gap = true;
                continue;
            }
            ContentLine contentLine = new ContentLine(line, cells, gap, pageStart && !content.isEmpty());
            pageStart = false;
            if (barePageNumber(segment, i)) {
                pageNumbers.add(contentLine);
            } else if (afterCodeShaped(segment, i)) {
                afterCodeShaped.add(contentLine);
            } else if (lonePageNumber(segment, i)) {
                loneNumbers.add(contentLine);
            }
            content.add(contentLine);
            gap = false;
        }
    }

    /**
     * Whether the lines after {@code i} start another page: nothing more of the region, or a table title, a
     * 编制部门 or 单位 line, or the column header repeated. A bare number there is the page's number, not a cell (texts without form feeds).
     */
    private boolean endsPage(List<SourceLine> segment, int i) {
        for (int j = i + 1; j < segment.size(); j++) {
            String next = segment.get(j).text();
            if (next.isBlank()) {
                continue;
            }
            return TableTitles.match(next).isPresent() || MarkerLines.preparedBy(next) != null
                    || MarkerLines.unit(next) != null || HeaderWords.isHeaderLine(LineCells.of(next));
        }
        return true;
    }

    /** A bare page number ({@code 7}) where a page ends, or alone among rows of several cells. */
    private boolean barePageNumber(List<SourceLine> segment, int i) {
        SourceLine line = segment.get(i);
        String text = line.text().strip();
        if (!MarkerLines.isBarePageNumber(text) || followsCodePart(segment, i)) {
            return false;
        }
        return line.lastOnPage() || endsPage(segment, i) || amongRows() && text.length() <= 2;
    }

    /** One or two digits alone on a line, not the part of a code printed before it. */
    private boolean lonePageNumber(List<SourceLine> segment, int i) {
        String text = segment.get(i).text().strip();
        return text.length() <= 2 && MarkerLines.isBarePageNumber(text) && !followsCodePart(segment, i);
    }

    /**
     * A number of one or two digits alone that {@link #followsCodePart} keeps from being taken for the page's, where
     * a page ends or anywhere (text without page marks).
     */
    private boolean afterCodeShaped(List<SourceLine> segment, int i) {
        String text = segment.get(i).text().strip();
        // no page number starts with 0: 06 after 204 is the code's part and nothing else
        return text.length() <= 2 && MarkerLines.isBarePageNumber(text) && text.charAt(0) != '0'
                && followsCodePart(segment, i);
    }

    /**
     * Whether the line before is a code or a code part printed alone (one cell per line: {@code 210} then
     * {@code 15}): then a small number is the next part of that code, not a page number. Only code tables print
     * codes: elsewhere such a cell is an amount.
     */
    private boolean followsCodePart(List<SourceLine> segment, int i) {
        if (type.shape() != TableType.Shape.CODE) {
            return false;
        }
        for (int j = i - 1; j >= 0; j--) {
            String before = segment.get(j).text().strip();
            if (before.isEmpty()) {
                continue;
            }
            return before.chars().allMatch(Character::isDigit) && (before.length() == 2 || before.length() == 3
                    || before.length() == 5);
        }
        return false;
    }

    /**
     * Whether the table is being read as rows of several cells: then a line holding a bare small number alone is
     * a page number (a row keeps its cells on one line), unlike in text printed one cell per line.
     */
    private boolean amongRows() {
        return !content.isEmpty() && content.get(content.size() - 1).cells().cells().size() >= 2;
    }

    private static boolean startsWithDigit(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != '|' && c != ' ' && c != '\t') {
                return c >= '0' && c <= '9';
            }
        }
        return false;
    }

    /** Collects the years a header line prints; called by readers for lines they recognise as headers. */
    void headerLine(ContentLine line) {
        years(line.text(), headerYears);
    }

    private static void years(String text, List<Integer> into) {
        if (text.length() > 400 || text.indexOf('年') < 0) {
            return;
        }
        Matcher m = YEAR.matcher(text);
        while (m.find()) {
            into.add(Integer.parseInt(m.group(1)));
        }
    }

    public TableType type() {
        return type;
    }

    public String title() {
        return title;
    }

    public String preparedBy() {
        return preparedBy;
    }

    /** 编制部门, 编制单位 or 预算单位: which word the table used for its preparer (unit budgets say 单位). */
    public String preparedByWord() {
        return preparedByWord;
    }

    /** The printed unit, or the template's when none is printed (元 for tables 1–8, 万元 for table 9). */
    public String unit() {
        if (unit != null) {
            return unit;
        }
        return type == TableType.THREE_PUBLIC ? "万元" : "元";
    }

    public String note() {
        return note;
    }

    public List<ContentLine> content() {
        return content;
    }

    public int firstLine() {
        return firstLine;
    }

    public int lastLine() {
        return lastLine;
    }

    /**
     * The year the table prints: when its title and headers print several years, the first that differs from
     * the document's (so a wrong year is never hidden), else the title's year; null when none is printed.
     */
    public Integer headerYear(int documentYear) {
        List<Integer> all = new ArrayList<>(titleYears);
        all.addAll(headerYears);
        for (Integer year : all) {
            if (documentYear > 0 && year != documentYear) {
                return year;
            }
        }
        return all.isEmpty() ? null : all.get(0);
    }

    /** The first year the table prints in its title or headers, or 0. */
    public int firstYear() {
        if (!titleYears.isEmpty()) {
            return titleYears.get(0);
        }
        return headerYears.isEmpty() ? 0 : headerYears.get(0);
    }
}
