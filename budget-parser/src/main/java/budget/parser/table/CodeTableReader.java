package budget.parser.table;

import budget.model.RowIdentity;
import budget.model.RowPlacement;
import budget.model.TableType;
import budget.parser.placement.Placements;
import budget.parser.placement.Slot;
import budget.parser.text.Amounts;
import budget.parser.text.Cell;
import budget.parser.text.Chars;
import budget.parser.text.LineCells;
import budget.parser.text.Diagnostics;
import budget.parser.text.LineForm;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads a code table (2, 3, 5–8) in any physical form. A row is a code (printed in 类/款/项 columns, whole, or
 * merged into the name cell), a name (possibly missing on a page, possibly wrapped onto the next line) and
 * amounts. Amounts are placed by cell index when blank cells are kept, by position under the headings when the
 * text keeps the layout, and otherwise left for the identities to place.
 */
public final class CodeTableReader {

    /** A wrapped name continues on a short line with nothing but words. */
    private static final int MAX_CONTINUATION = 30;

    private final TableType type;
    private final CodeGrammar grammar;
    private final Diagnostics diagnostics;

    public CodeTableReader(TableType type, Diagnostics diagnostics) {
        this.type = type;
        this.grammar = new CodeGrammar(type.economic());
        this.diagnostics = diagnostics;
    }

    public CodeTable read(TableFrame frame) {
        return read(frame, Set.of());
    }

    /**
     * @param known codes the document's other function tables print, which a table printed one cell per line
     *              uses to settle a reading of its codes that its own identities leave open
     */
    CodeTable read(TableFrame frame, Set<String> known) {
        List<String> columns = columns(frame);
        this.columns = columns;
        List<CodeRow> rows = new ArrayList<>();
        CodeRow[] total = new CodeRow[1];
        if (OneCellPerLine.applies(frame.content())) {
            new OneCellPerLine(grammar, columns, diagnostics, type.number(), this::finish, known)
                    .read(frame, rows, total);
        } else {
            readLines(frame, columns, rows, total);
        }
        if (total[0] != null && printsNothing(total[0]) && rows.stream().anyMatch(row -> !printsNothing(row))) {
            // a label without its amounts (text in content-stream order prints a row's amounts before its label, and
            // the label then meets whatever follows): zeros read from it would be taken as certain by every identity
            diagnostics.row(total[0].lines().get(0), type.number(), "合计", "a 合计 row with no amount under rows "
                    + "that have them: not read (its amounts are printed elsewhere, or not at all)");
            total[0] = null;
        }
        return new CodeTable(frame, columns, rows, total[0]);
    }

    private static boolean printsNothing(CodeRow row) {
        for (BigDecimal[] option : row.slot().options()) {
            for (BigDecimal value : option) {
                if (value.signum() != 0) {
                    return false;
                }
            }
        }
        return true;
    }

    /** The amount columns the first header block names, else the template's. */
    private List<String> columns(TableFrame frame) {
        List<LineCells> block = new ArrayList<>();
        for (ContentLine line : frame.content()) {
            boolean header = ColumnLayout.of(line.cells()) != null || isHeaderLine(line);
            if (header || block.isEmpty() || !line.cells().form().delimited() && !Chars.hasDigit(line.text())) {
                block.add(line.cells());
            }
            if (!header && Chars.hasDigit(line.text())) {
                break;
            }
        }
        ColumnLayout layout = ColumnLayout.of(block, type.columns());
        return layout != null ? layout.names() : type.columns();
    }

    private void readLines(TableFrame frame, List<String> columns, List<CodeRow> rows, CodeRow[] total) {
        ColumnLayout layout = null;
        CodeRow previous = null;
        ContentLine previousLine = null;
        ContentLine fragment = null; // a line of name text not yet given to a row: above or below which row?
        ContentLine above = null; // one that starts a page (or follows a gap or a header): only the row below's
        List<LineCells> headerBlock = new ArrayList<>();
        Set<ContentLine> headerLines = new HashSet<>();
        for (ContentLine line : frame.content()) {
            CodeRow row = line.cells().form().delimited()
                    ? delimitedRow(line, layout, columns.size())
                    : tokenRow(line, layout, columns.size());
            if (row == null) {
                row = misprintedRow(line, layout, columns.size());
            }
            if (row != null) {
                if (above != null) {
                    row = nameAbove(row, above, true);
                    above = null;
                }
                if (fragment != null) {
                    // a row printed without its name, under a line of name text: the name was centred in a taller
                    // cell, part above and part below the numbers; else the text ended the row before
                    if (row.name() == null && !row.total()) {
                        row = nameAbove(row, fragment, false);
                    } else if (previous != null) {
                        previous.continueName(Chars.squeeze(fragment.text()), fragment.number());
                    }
                    fragment = null;
                }
                if (!row.total()) {
                    lastCode = row.code();
                }
                if (row.total()) {
                    keepTotal(total, row, line);
                } else {
                    rows.add(row);
                }
                previous = row;
                previousLine = line;
                headerBlock.clear();
                continue;
            }
            ColumnLayout header = ColumnLayout.of(line.cells());
            if (header != null || isHeaderLine(line)) {
                if (fragment != null && headsAColumn(fragment)) {
                    headerBlock.add(fragment.cells()); // 事业单位 over 经营收入: a heading wrapped, not a name
                    fragment = null;
                }
                if (above != null && headsAColumn(above)) {
                    headerBlock.add(above.cells());
                } else if (above != null) {
                    unread(above);
                }
                above = null;
                headerBlock.add(line.cells());
                if (header != null || layout != null && !layout.delimited()) {
                    ColumnLayout completed = ColumnLayout.of(headerBlock, type.columns());
                    layout = completed != null ? completed : layout;
                }
                frame.headerLine(line);
                headerLines.add(line);
                fragment = flushFragment(fragment, previous);
                previous = null;
                continue;
            }
            if (previous != null && !line.afterGap() && (continuesName(line) || levelAndName(line))
                    && samePage(previousLine) && underNames(line, layout)) {
                fragment = flushFragment(fragment, previous);
                fragment = line;
                continue;
            }
            fragment = flushFragment(fragment, previous);
            previous = null;
            if (above != null) {
                unread(above);
            }
            // name text where a page starts, after a gap or a header: the part above the numbers of a row whose
            // name cell wrapped around them, if the row below prints no name (a name never wraps onto a new page)
            above = (continuesName(line) || levelAndName(line)) && underNames(line, layout) ? line : null;
            if (above == null) {
                unread(line);
            }
        }
        flushFragment(fragment, previous);
        if (above != null) {
            unread(above);
        }
        ContinuationPages.check(frame.content(), headerLines, rows, total[0], columns);
    }

    /**
     * A row printed without its name under a line of name text: the name was centred in a taller cell, part above
     * and part below the numbers. A level part starting the text completes the row's code (codes merged into the
     * name cell). Text that starts a page goes only to a row printed without a name; else it is not read.
     */
    private CodeRow nameAbove(CodeRow row, ContentLine text, boolean startsPage) {
        if (row.name() != null || row.total()) {
            if (startsPage) {
                unread(text);
            }
            return row;
        }
        Tokens.Leading leading = Tokens.leadingDigits(Chars.squeeze(text.text()).isEmpty() ? "" : text.text().strip());
        if (leading.digits().size() == 1 && CodeGrammar.isLevelPart(leading.digits().get(0))
                && row.code().level() < grammarLevels()) {
            CodeRow completed = row.withLevelAbove(leading.digits().get(0), Chars.squeeze(leading.rest()),
                    text.number());
            lastCode = completed.code();
            return completed;
        }
        row.continueName(Chars.squeeze(text.text()), text.number());
        return row;
    }

    /** Whether a line of text is the first part of a column heading wrapped over two lines (事业单位 / 经营收入). */
    private static boolean headsAColumn(ContentLine line) {
        String text = Chars.squeeze(line.text());
        for (TableType table : TableType.values()) {
            for (String column : table.columns()) {
                if (column.length() > text.length() && column.startsWith(text)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A line holding a level part and the start of a name (codes merged into a name cell that wrapped). */
    private static boolean levelAndName(ContentLine line) {
        Tokens.Leading leading = Tokens.leadingDigits(line.text().strip());
        return leading.digits().size() == 1 && CodeGrammar.isLevelPart(leading.digits().get(0))
                && Chars.hasHan(leading.rest()) && !Chars.hasDigit(leading.rest())
                && !looksLikeProse(leading.rest());
    }

    private int grammarLevels() {
        return type.economic() ? 2 : 3;
    }

    /** Gives a pending line of name text to the row above it (the name wrapped below). */
    private static ContentLine flushFragment(ContentLine fragment, CodeRow previous) {
        if (fragment != null && previous != null) {
            previous.continueName(Chars.squeeze(fragment.text()), fragment.number());
        }
        return null;
    }

    /** A name does not wrap onto the next page: what starts a page there is its heading. */
    private static boolean samePage(ContentLine previousLine) {
        return previousLine == null || !previousLine.line().lastOnPage();
    }

    /** Where the text keeps positions, name text stands left of the amount columns, never under them. */
    private static boolean underNames(ContentLine line, ColumnLayout layout) {
        if (layout == null || !layout.positional() || layout.cells().isEmpty()
                || line.cells().form() != LineForm.ALIGNED && line.cells().form() != LineForm.SINGLE) {
            return true;
        }
        List<Cell> filled = line.cells().filled();
        return filled.isEmpty() || filled.get(0).start() < layout.cells().get(0).start();
    }


    /** The amount columns of the table being read. */
    private List<String> columns;

    /** The code of the last row read: the class a misprinted code of the next row is read under. */
    private Code lastCode;

    /**
     * A line that reads as a row once its misprinted code is read for what it stands for ({@link
     * CodeGrammar#repair}): the digit groups before the name, then the name and the amounts.
     */
    private CodeRow misprintedRow(ContentLine line, ColumnLayout layout, int width) {
        List<Cell> cells = line.cells().cells();
        boolean delimited = line.cells().form().delimited();
        List<String> digits = new ArrayList<>(3);
        String attached = null;
        int at = 0;
        for (; at < cells.size() && attached == null; at++) {
            String text = cells.get(at).text();
            if (text.isEmpty()) {
                continue; // a blank 款 or 项 cell of a delimited row
            }
            Tokens.Leading leading = Tokens.leadingDigits(text);
            if (leading.digits().isEmpty()) {
                break;
            }
            digits.addAll(leading.digits());
            attached = leading.rest().isEmpty() ? null : leading.rest();
        }
        if (digits.size() < 2 || digits.size() > 3 || at >= cells.size() && attached == null) {
            return null;
        }
        CodeGrammar.Read read = grammar.repair(digits, lastCode);
        if (read == null) {
            return null;
        }
        int nameEnd = at;
        if (delimited) {
            nameEnd = attached == null ? at + 1 : at; // the name is one cell
        } else {
            while (nameEnd < cells.size() && !Amounts.isAmount(cells.get(nameEnd).text())) {
                nameEnd++;
            }
        }
        String name = (attached == null ? "" : attached) + Tokens.joinWords(cells, at, nameEnd);
        if (!Chars.hasHan(name)) {
            return null;
        }
        List<Cell> amounts = cells.subList(nameEnd, cells.size());
        for (Cell cell : amounts) {
            if (!cell.isBlank() && !Amounts.isAmount(cell.text())) {
                return null;
            }
        }
        CodeRow row = finish(read.code(), name, line, amounts, delimited, layout, width);
        if (row != null) {
            row.misprinted(String.join(" ", digits));
            if (lastCode != null && read.code().full().compareTo(lastCode.full()) <= 0) {
                row.markDoubtful(); // out of the table's ascending order: the reading of the misprint is a guess
            }
        }
        return row;
    }

    private void keepTotal(CodeRow[] total, CodeRow row, ContentLine line) {
        if (total[0] == null) {
            total[0] = row;
        } else {
            diagnostics.row(line.number(), type.number(), line.text(), "a second 合计 row; the first one is kept");
        }
    }

    /** A line in the table that is neither header nor row: reported when it carries numbers. */
    private void unread(ContentLine line) {
        if (Chars.hasDigit(line.text())) {
            if (looksLikeProse(line.text())) {
                diagnostics.note(line.number(), type.number(), line.text(),
                        "narrative text inside the table region, not read as a row");
            } else {
                diagnostics.add(line.number(), type.number(), line.text(),
                        "line with numbers inside the table that is not a row of this table");
            }
        }
    }

    static boolean looksLikeProse(String text) {
        return text.indexOf('，') >= 0 || text.indexOf('。') >= 0 || text.indexOf('；') >= 0;
    }

    private static boolean isHeaderLine(ContentLine line) {
        for (Cell cell : line.cells().cells()) {
            if (!cell.isBlank() && HeaderWords.isHeaderWord(cell.text())) {
                return true;
            }
        }
        return false;
    }

    private static boolean continuesName(ContentLine line) {
        String text = Chars.squeeze(line.text());
        if (text.isEmpty() || text.length() > MAX_CONTINUATION || Chars.hasDigit(text) || looksLikeProse(text)
                || text.indexOf('：') >= 0 || text.indexOf(':') >= 0 || text.indexOf('|') >= 0) {
            return false;
        }
        return Chars.hasHan(text);
    }

    /** A pipe or tab row: blank cells keep their place. */
    private CodeRow delimitedRow(ContentLine line, ColumnLayout layout, int width) {
        List<Cell> cells = line.cells().cells();
        int nameIndex = -1;
        for (int i = 0; i < cells.size() && i < 8; i++) {
            if (Chars.hasHan(cells.get(i).text())) {
                nameIndex = i;
                break;
            }
        }
        List<String> codeTokens = new ArrayList<>(3);
        int amountsFrom;
        String name = null;
        if (nameIndex >= 0) {
            for (int i = 0; i < nameIndex; i++) {
                String text = cells.get(i).text();
                if (Chars.isDigits(text)) {
                    codeTokens.add(text); // the common case: one code part per cell
                    continue;
                }
                Tokens.Leading leading = Tokens.leadingDigits(text);
                if (!leading.rest().isEmpty()) {
                    return null;
                }
                codeTokens.addAll(leading.digits());
            }
            String nameCell = cells.get(nameIndex).text();
            if (!nameCell.isEmpty() && Character.isDigit(nameCell.charAt(0))) {
                Tokens.Leading leading = Tokens.leadingDigits(nameCell);
                codeTokens.addAll(leading.digits());
                name = leading.rest();
            } else {
                name = nameCell;
            }
            amountsFrom = nameIndex + 1;
            if (codeTokens.isEmpty()) {
                return Tokens.isTotalLabel(name) ? finish(null, null, line, cells.subList(amountsFrom, cells.size()),
                        true, layout, width) : null;
            }
        } else {
            int lastCodeCell = -1;
            for (int i = 0; i < cells.size() && codeTokens.size() < 3; i++) {
                String text = cells.get(i).text();
                if (text.isEmpty()) {
                    if (codeTokens.isEmpty()) {
                        continue;
                    }
                    break;
                }
                if (!Chars.isDigits(text)) {
                    break;
                }
                codeTokens.add(text);
                lastCodeCell = i;
            }
            CodeGrammar.Read read = grammar.read(codeTokens);
            if (read == null) {
                return null;
            }
            // digit cells the code did not take are amounts printed without separators
            int taken = read.tokens();
            int seen = 0;
            for (int i = 0; i <= lastCodeCell; i++) {
                if (!cells.get(i).text().isEmpty() && ++seen == taken) {
                    lastCodeCell = i;
                    break;
                }
            }
            codeTokens = codeTokens.subList(0, taken);
            amountsFrom = headerAmountStart(cells, lastCodeCell + 1, layout);
        }
        CodeGrammar.Read read = grammar.read(codeTokens);
        if (read == null || read.tokens() != codeTokens.size()) {
            return null;
        }
        return finish(read.code(), name, line, cells.subList(amountsFrom, cells.size()), true, layout, width);
    }

    /**
     * Where the amounts of a row without a name start: after its code, or at the header's first amount column
     * when the cells up to it are blank (a page that prints no name column, its trailing blanks trimmed).
     */
    private static int headerAmountStart(List<Cell> cells, int afterCode, ColumnLayout layout) {
        if (layout == null || !layout.delimited() || layout.indices()[0] <= afterCode) {
            return afterCode;
        }
        int start = Math.min(layout.indices()[0], cells.size());
        for (int i = afterCode; i < start; i++) {
            if (!cells.get(i).isBlank()) {
                return afterCode;
            }
        }
        return start;
    }

    /** A row whose cells are whitespace-separated tokens: space-aligned, spaced or a lone token. */
    private CodeRow tokenRow(ContentLine line, ColumnLayout layout, int width) {
        List<Cell> cells = line.cells().cells();
        if (cells.isEmpty()) {
            return null;
        }
        int i = 0;
        Code code = null;
        String firstText = cells.get(0).text();
        Tokens.Leading first = Tokens.leadingDigits(firstText);
        List<String> digits = new ArrayList<>(3);
        String attachedName = null;
        if (!first.digits().isEmpty()) {
            digits.addAll(first.digits());
            attachedName = first.rest().isEmpty() ? null : first.rest();
            i = 1;
            while (attachedName == null && i < cells.size() && digits.size() < 3) {
                String text = cells.get(i).text();
                if (CodeGrammar.isLevelPart(text)) {
                    digits.add(text);
                    i++;
                    continue;
                }
                // a level part with the name glued to it: 301 01基本工资
                Tokens.Leading glued = Tokens.leadingDigits(text);
                if (glued.digits().size() == 1 && CodeGrammar.isLevelPart(glued.digits().get(0))
                        && Chars.hasHan(glued.rest()) && !Chars.hasDigit(glued.rest())) {
                    digits.add(glued.digits().get(0));
                    attachedName = glued.rest();
                    i++;
                }
                break;
            }
            CodeGrammar.Read read = grammar.read(digits);
            if (read == null) {
                return null;
            }
            if (read.tokens() < digits.size()) {
                if (attachedName != null) {
                    return null;
                }
                i -= digits.size() - read.tokens();
            }
            code = read.code();
        }
        int nameStart = i;
        while (i < cells.size() && !Amounts.isAmount(cells.get(i).text())) {
            i++;
        }
        String name = Tokens.joinWords(cells, nameStart, i);
        if (attachedName != null) {
            name = attachedName + name;
        }
        if (code == null) {
            if (!Tokens.isTotalLabel(name)) {
                return null;
            }
        } else if (!name.isEmpty() && !Chars.hasHan(name)) {
            return null;
        }
        List<Cell> amounts = cells.subList(i, cells.size());
        for (Cell cell : amounts) {
            if (!Amounts.isAmount(cell.text())) {
                return null;
            }
        }
        return finish(code, name, line, amounts, false, layout, width);
    }

    /** Builds the row and decides how its amounts are placed. */
    CodeRow finish(Code code, String name, ContentLine line, List<Cell> amountCells, boolean delimited,
                   ColumnLayout layout, int width) {
        String label = code == null ? "合计" : code.full();
        boolean doubtful = false;
        Slot slot;
        RowPlacement readAs;
        if (delimited) {
            List<Cell> cells = fitToWidth(amountCells, width);
            if (cells.size() > width) {
                doubtful = true;
                diagnostics.row(line.number(), type.number(), line.text(),
                        "row " + label + " has more cells than the table has columns; the first " + width + " are kept");
            }
            BigDecimal[] values = new BigDecimal[width];
            for (int c = 0; c < width; c++) {
                String text = c < cells.size() ? cells.get(c).text() : "";
                values[c] = text.isEmpty() ? BigDecimal.ZERO : readAmount(text, line, label);
                doubtful |= values[c] == null;
                if (values[c] == null) {
                    values[c] = BigDecimal.ZERO;
                }
            }
            slot = Slot.placed(label, values);
            readAs = RowPlacement.DELIMITED;
        } else {
            List<BigDecimal> values = new ArrayList<>(amountCells.size());
            for (Cell cell : amountCells) {
                values.add(Amounts.parse(cell.text()));
            }
            if (values.size() == width) {
                slot = Slot.placed(label, values.toArray(new BigDecimal[0]));
                readAs = RowPlacement.DELIMITED;
            } else if (values.size() > width) {
                doubtful = true;
                diagnostics.row(line.number(), type.number(), line.text(),
                        "row " + label + " prints " + values.size() + " numbers for " + width + " columns; the first "
                                + width + " are kept");
                slot = Slot.placed(label, Placements.leftmost(values, width));
                readAs = RowPlacement.AMBIGUOUS;
            } else if (layout != null && layout.positional() && line.cells().form() == LineForm.ALIGNED
                    && layout.names().size() == width) {
                slot = Slot.placed(label, PositionPlacement.place(amountCells, values, layout.cells()));
                readAs = RowPlacement.POSITION;
            } else {
                slot = identityCandidates(label, values, columns != null && columns.size() == width ? columns
                        : type.columns());
                readAs = RowPlacement.IDENTITY;
            }
        }
        CodeRow row = new CodeRow(code, name, line.number(), slot, readAs);
        if (doubtful) {
            row.markDoubtful();
        }
        if (!delimited && line.cells().form() == LineForm.ALIGNED
                && (readAs == RowPlacement.POSITION || readAs == RowPlacement.DELIMITED)) {
            row.alignedAt(line, amountCells, readAs == RowPlacement.POSITION ? layout.cells() : null);
        }
        return row;
    }

    /** Every placement of the numbers; those where 合计 = Σ parts when the first column is 合计 and any fit. */
    /** Every placement of the printed numbers into the columns that keeps the row's identity (all if none does). */
    static Slot identityCandidates(String label, List<BigDecimal> values, List<String> columns) {
        List<BigDecimal[]> options = Placements.all(values, columns.size());
        List<BigDecimal[]> fitting = RowIdentity.over(columns)
                .map(identity -> Placements.satisfying(options, columns, identity)).orElse(List.of());
        return Slot.unplaced(label, fitting.isEmpty() ? options : fitting);
    }

    /**
     * The amount cells of a delimited row, one per column: surplus leading blanks (the blank code and name cells
     * of a page without names, or of the 合计 row) are dropped; trailing cells a tool trimmed are blank.
     */
    private static List<Cell> fitToWidth(List<Cell> cells, int width) {
        int from = 0;
        while (cells.size() - from > width && cells.get(from).isBlank()) {
            from++;
        }
        List<Cell> fitted = new ArrayList<>(cells.subList(from, cells.size()));
        while (fitted.size() > width && fitted.get(fitted.size() - 1).isBlank()) {
            fitted.remove(fitted.size() - 1);
        }
        return fitted;
    }

    private BigDecimal readAmount(String text, ContentLine line, String label) {
        if (Amounts.isAmount(text)) {
            return Amounts.parse(text);
        }
        diagnostics.row(line.number(), type.number(), line.text(),
                "row " + label + ": cell '" + Chars.shorten(text) + "' is not an amount; read as 0");
        return null;
    }
}
