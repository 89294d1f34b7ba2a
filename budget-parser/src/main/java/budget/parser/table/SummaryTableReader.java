package budget.parser.table;

import budget.model.RowIdentity;
import budget.model.SummaryItem;
import budget.model.TableType;
import budget.parser.placement.Placements;
import budget.parser.placement.Slot;
import budget.parser.text.Amounts;
import budget.parser.text.Cell;
import budget.parser.text.Chars;
import budget.parser.text.Diagnostics;
import budget.parser.text.LineForm;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a summary table (1: 财务收支预算总表, 4: 财政拨款收支预算总表): each line holds an income label and an
 * expense label, each followed by its amounts. Labels carry the rows, so forms that lose the line structure
 * (one cell per line) read the same as the others.
 */
public final class SummaryTableReader {

    /** The order of the amount columns in the templates of tables 1 and 4 (department and unit budgets). */
    private static final List<String> TEMPLATE_ORDER = List.of(TableType.Columns.BUDGET, TableType.Columns.TOTAL,
            TableType.Columns.BASIC, TableType.Columns.PERSONNEL, TableType.Columns.PUBLIC_USE, TableType.Columns.PROJECT,
            TableType.Columns.GENERAL_PUBLIC, TableType.Columns.GOVERNMENT_FUND, TableType.Columns.STATE_CAPITAL);

    private final TableType type;
    private final Diagnostics diagnostics;

    public SummaryTableReader(TableType type, Diagnostics diagnostics) {
        this.type = type;
        this.diagnostics = diagnostics;
    }

    /** Column names per side and where the expense labels sit in a delimited grid. */
    private record Sides(List<String> income, List<String> expense, int expenseLabelIndex) {
    }

    /** A label and the cells that follow it. */
    private static final class Group {
        final String label;
        final int index;
        final ContentLine line;
        final List<Cell> amounts = new ArrayList<>();
        final List<Integer> amountLines = new ArrayList<>();
        /** A label alone on its line whose amounts are on the next line (wrapped around it): that line, else null. */
        ContentLine around;
        /** Where its first amount stands in the stream. */
        int firstAmount = -1;

        Group(String label, int index, ContentLine line) {
            this.label = label;
            this.index = index;
            this.line = line;
        }
    }

    public SummaryTable read(TableFrame frame) {
        List<ContentLine> content = frame.content();
        List<ContentLine> header = new ArrayList<>();
        int first = 0;
        while (first < content.size() && isHeaderLine(content.get(first))) {
            header.add(content.get(first));
            frame.headerLine(content.get(first));
            first++;
        }
        Sides sides = sides(header);
        if (!header.isEmpty() && !header.get(header.size() - 1).cells().form().delimited()
                && sides.expenseLabelIndex() < 0 && sides.expense().size() <= 1) {
            // one cell per line: the headings may come among the first rows (plain pdftotext follows text blocks)
            List<ContentLine> allHeadings = new ArrayList<>(header);
            for (int i = first; i < content.size(); i++) {
                if (isHeaderLine(content.get(i))) {
                    allHeadings.add(content.get(i));
                }
            }
            Sides wider = sides(allHeadings);
            if (wider.expense().size() > sides.expense().size()) {
                sides = wider;
            }
        }
        List<SummaryRow> rows = new ArrayList<>();
        List<Cell> stream = new ArrayList<>();
        List<ContentLine> streamLines = new ArrayList<>();
        for (int i = first; i < content.size(); i++) {
            ContentLine line = content.get(i);
            if (isHeaderLine(line)) {
                frame.headerLine(line);
                continue;
            }
            if (isProseLine(line)) {
                if (Chars.hasDigit(line.text())) {
                    diagnostics.note(line.number(), type.number(), line.text(),
                            "narrative text inside the table region, not read as a row");
                }
                continue;
            }
            if (line.cells().form().delimited()) {
                for (Group group : delimitedGroups(line)) {
                    rows.add(row(group, side(group, sides, true), sides, true));
                }
            } else {
                for (Cell cell : line.cells().filled()) {
                    for (Cell part : unglued(cell)) {
                        stream.add(part);
                        streamLines.add(line);
                    }
                }
            }
        }
        boolean oneCellPerLine = OneCellPerLine.applies(content.subList(first, content.size()));
        List<SummaryTable.Streamed> streamed = new ArrayList<>();
        List<Group> groups = oneCellPerLine ? tokenGroups(stream, streamLines, null)
                : tokenGroups(stream, streamLines, sides);
        if (oneCellPerLine) {
            tellPageNumbers(frame, groups, sides);
        }
        for (Group group : groups) {
            SummaryRow row = row(group, side(group, sides, false), sides, false);
            rows.add(row);
            if (oneCellPerLine) {
                List<BigDecimal> values = new ArrayList<>();
                List<Integer> lines = new ArrayList<>();
                for (int i = 0; i < group.amounts.size(); i++) {
                    values.add(Amounts.parse(group.amounts.get(i).text()));
                    lines.add(group.amountLines.get(i));
                }
                streamed.add(new SummaryTable.Streamed(row, values, lines));
            }
        }
        rows.sort((a, b) -> Integer.compare(a.line(), b.line()));
        return new SummaryTable(frame, sides.income(), sides.expense(), rows, streamed);
    }

    /**
     * Numbers alone after a label's amounts that may be the page's number ({@link TableFrame#mayBePageNumber}): the
     * page's where the row cannot hold them ({@link PageNumberDoubt}), else the page's or the row's by whether the
     * side's items add up to its total without or with them (a side whose every row is placed); a number neither
     * tells is read as the row's amount, and the row is in doubt.
     */
    private void tellPageNumbers(TableFrame frame, List<Group> groups, Sides sides) {
        List<Group> open = new ArrayList<>();
        for (Group group : groups) {
            ContentLine candidate = pageNumberAfter(frame, group);
            if (candidate == null) {
                continue;
            }
            int last = group.amounts.size() - 1;
            List<BigDecimal> before = new ArrayList<>();
            for (int a = 0; a < last; a++) {
                before.add(Amounts.parse(group.amounts.get(a).text()));
            }
            PageNumberDoubt.Verdict verdict = PageNumberDoubt.of(before, Amounts.parse(group.amounts.get(last).text()),
                    columns(side(group, sides, false), sides));
            if (verdict == PageNumberDoubt.Verdict.PAGE_NUMBER) {
                dropLast(frame, group);
            } else if (verdict == PageNumberDoubt.Verdict.OPEN) {
                open.add(group);
            }
        }
        for (Group group : List.copyOf(open)) {
            SummaryItem.Side side = side(group, sides, false);
            List<String> columns = columns(side, sides);
            Cell number = group.amounts.get(group.amounts.size() - 1);
            // the side's sums with every open number left out, and with this one back
            Boolean without = sideAddsUp(groups, open, null, side, sides);
            Boolean with = sideAddsUp(groups, open, group, side, sides);
            if (Boolean.TRUE.equals(without) && Boolean.FALSE.equals(with)) {
                dropLast(frame, group);
                open.remove(group);
            } else if (!(Boolean.FALSE.equals(without) && Boolean.TRUE.equals(with))) {
                diagnostics.row(group.line.number(), type.number(), group.line.text(), "'" + group.label.strip()
                        + "': the number " + number.text() + " printed alone after it may be the page's number instead;"
                        + " read as its amount (" + columns.size() + " columns)");
            }
        }
    }

    /** The line of the group's last amount when it may be the page's number, else null. */
    private static ContentLine pageNumberAfter(TableFrame frame, Group group) {
        if (group.amounts.isEmpty()) {
            return null;
        }
        int line = group.amountLines.get(group.amountLines.size() - 1);
        for (ContentLine content : frame.content()) {
            if (content.number() == line) {
                return frame.mayBePageNumber(content) ? content : null;
            }
        }
        return null;
    }

    private static void dropLast(TableFrame frame, Group group) {
        ContentLine line = pageNumberAfter(frame, group);
        group.amounts.remove(group.amounts.size() - 1);
        group.amountLines.remove(group.amountLines.size() - 1);
        frame.dropPageNumber(line);
    }

    /**
     * Whether the items of one side add up to its total in every column, with the open numbers left out but the
     * one of {@code keep}; null when a row of the side is not placed (blank cells vanished) or it has no total.
     */
    private Boolean sideAddsUp(List<Group> groups, List<Group> open, Group keep, SummaryItem.Side side, Sides sides) {
        List<SummaryRow> rows = new ArrayList<>();
        for (Group group : groups) {
            if (side(group, sides, false) != side) {
                continue;
            }
            Group counted = group;
            if (open.contains(group) && group != keep) {
                counted = new Group(group.label, group.index, group.line);
                counted.amounts.addAll(group.amounts.subList(0, group.amounts.size() - 1));
                counted.amountLines.addAll(group.amountLines.subList(0, group.amountLines.size() - 1));
            }
            if (counted.amounts.size() > columns(side, sides).size()) {
                return null;
            }
            SummaryRow row = row(counted, side, sides, false);
            if (!row.slot().determined()) {
                return null;
            }
            rows.add(row);
        }
        return SummaryStreamReading.itemsAddUp(rows, side, columns(side, sides).size());
    }

    private static List<String> columns(SummaryItem.Side side, Sides sides) {
        return side == SummaryItem.Side.INCOME ? sides.income() : sides.expense();
    }

    /**
     * A cell in which a tool ran an amount into the label after it ({@code 160,666,637.28一、一般公共服务支出},
     * {@code 0.00支出总计}) is the two cells it was; any other cell is itself.
     */
    static List<Cell> unglued(Cell cell) {
        String text = cell.text();
        if (text.length() < 2 || Amounts.isAmount(text)) {
            return List.of(cell);
        }
        for (int split = 1; split < text.length(); split++) {
            String rest = text.substring(split);
            if (!(SummaryLabels.startsNumbered(rest) || Chars.isHan(rest.charAt(0)) && SummaryLabels.isTotal(rest))) {
                continue;
            }
            String before = text.substring(0, split);
            int amountFrom = amountSuffix(before);
            if (amountFrom < 0) {
                continue;
            }
            List<Cell> parts = new ArrayList<>();
            if (amountFrom > 0) {
                parts.add(new Cell(before.substring(0, amountFrom).strip(), cell.start(), cell.start() + amountFrom));
            }
            parts.add(new Cell(before.substring(amountFrom).strip(), cell.start() + amountFrom, cell.start() + split));
            parts.addAll(unglued(new Cell(rest.strip(), cell.start() + split, cell.end())));
            return parts;
        }
        return List.of(cell);
    }

    /**
     * Where the amount that ends this text starts ({@code 政府性基金-} → 5, {@code 160,666,637.28} → 0), or -1
     * when it does not end in one, or the text before the amount is not a label's.
     */
    private static int amountSuffix(String text) {
        String stripped = text.stripTrailing();
        for (int from = 0; from < stripped.length(); from++) {
            String amount = stripped.substring(from).strip();
            if (Amounts.isAmount(amount) && (from == 0 || Chars.isHan(stripped.charAt(from - 1))
                    || Chars.isSpace(stripped.charAt(from - 1)))) {
                boolean plausible = Amounts.isDashZero(amount) || amount.indexOf('.') >= 0 || amount.indexOf(',') >= 0
                        || amount.length() >= 3 || amount.equals("0");
                return plausible ? from : -1;
            }
        }
        return -1;
    }

    /** A paragraph that strayed into the table (a duplicated explanation), not a row. */
    private static boolean isProseLine(ContentLine line) {
        for (Cell cell : line.cells().cells()) {
            if (Chars.hasHan(cell.text()) && SummaryLabels.isProse(cell.text())) {
                return true;
            }
        }
        return false;
    }

    private static boolean isHeaderLine(ContentLine line) {
        return HeaderWords.isHeaderLine(line.cells());
    }

    private Sides sides(List<ContentLine> header) {
        List<String> defaultExpense = type == TableType.FINANCIAL_SUMMARY ? List.of(TableType.Columns.BUDGET)
                : List.of(TableType.Columns.TOTAL, TableType.Columns.GENERAL_PUBLIC, TableType.Columns.GOVERNMENT_FUND,
                TableType.Columns.STATE_CAPITAL);
        Sides fallback = new Sides(List.of(TableType.Columns.BUDGET), defaultExpense, -1);
        if (header.isEmpty()) {
            return fallback;
        }
        boolean delimited = header.get(header.size() - 1).cells().form().delimited();
        return delimited ? delimitedSides(header, fallback) : tokenSides(header, fallback);
    }

    /** Per cell index, the deepest heading printed (小计 stands for the heading above it). */
    private static Sides delimitedSides(List<ContentLine> header, Sides fallback) {
        int width = 0;
        for (ContentLine line : header) {
            width = Math.max(width, line.cells().cells().size());
        }
        String[] leaf = new String[width];
        String[] parent = new String[width];
        for (ContentLine line : header) {
            List<Cell> cells = line.cells().cells();
            for (int i = 0; i < cells.size(); i++) {
                if (!cells.get(i).isBlank()) {
                    parent[i] = leaf[i];
                    leaf[i] = Chars.squeeze(cells.get(i).text());
                }
            }
        }
        List<Integer> labels = new ArrayList<>();
        for (int i = 0; i < width; i++) {
            if ("小计".equals(leaf[i]) && parent[i] != null) {
                leaf[i] = parent[i];
            }
            if ("项目".equals(leaf[i])) {
                labels.add(i);
            }
        }
        if (labels.size() < 2) {
            return fallback;
        }
        List<String> income = names(leaf, labels.get(0) + 1, labels.get(1));
        List<String> expense = names(leaf, labels.get(1) + 1, width);
        if (income.isEmpty() || expense.isEmpty()) {
            return fallback;
        }
        return new Sides(income, expense, labels.get(1));
    }

    private static List<String> names(String[] leaf, int from, int to) {
        List<String> names = new ArrayList<>();
        for (int i = from; i < to; i++) {
            if (leaf[i] != null && HeaderWords.column(leaf[i]) != null && !names.contains(leaf[i])) {
                names.add(leaf[i]);
            }
        }
        return names;
    }

    private static Sides tokenSides(List<ContentLine> header, Sides fallback) {
        List<String> tokens = new ArrayList<>();
        for (ContentLine line : header) {
            for (Cell cell : line.cells().filled()) {
                tokens.add(Chars.squeeze(cell.text()));
            }
        }
        int firstLabel = tokens.indexOf("项目");
        int secondLabel = firstLabel < 0 ? -1 : tokens.subList(firstLabel + 1, tokens.size()).indexOf("项目");
        if (secondLabel < 0) {
            return fallback;
        }
        secondLabel += firstLabel + 1;
        List<String> income = columnTokens(tokens.subList(firstLabel + 1, secondLabel));
        List<String> expense = columnTokens(tokens.subList(secondLabel + 1, tokens.size()));
        return income.isEmpty() || expense.isEmpty() ? fallback : new Sides(income, expense, -1);
    }

    /**
     * The columns a side's header tokens name. Without kept cells a header over two or three lines comes out in
     * no useful order, and spanning headings (预算数 over 合计 …, 基本支出 over 人员经费 and 公用经费) come out as
     * tokens too: the spanning headings are dropped where their parts are printed, and the rest is put in the
     * templates' order.
     */
    private static List<String> columnTokens(List<String> tokens) {
        List<String> names = new ArrayList<>();
        for (String token : tokens) {
            if (HeaderWords.column(token) != null && !"小计".equals(token) && !names.contains(token)) {
                names.add(token);
            }
        }
        if (names.contains(TableType.Columns.PERSONNEL) && names.contains(TableType.Columns.PUBLIC_USE)) {
            names.remove(TableType.Columns.BASIC);
        }
        if (names.contains(TableType.Columns.TOTAL)) {
            names.remove(TableType.Columns.BUDGET);
        }
        names.sort(java.util.Comparator.comparingInt(SummaryTableReader::templateRank));
        return names;
    }

    /** Where a column sits in the summary tables' templates; unknown columns keep their printed order, last. */
    private static int templateRank(String column) {
        int rank = TEMPLATE_ORDER.indexOf(column);
        return rank < 0 ? TEMPLATE_ORDER.size() : rank;
    }

    private List<Group> delimitedGroups(ContentLine line) {
        List<Group> groups = new ArrayList<>();
        Group open = null;
        List<Cell> cells = line.cells().cells();
        for (int i = 0; i < cells.size(); i++) {
            Cell cell = cells.get(i);
            if (Chars.hasHan(cell.text())) {
                open = new Group(cell.text(), i, line);
                groups.add(open);
            } else if (open != null) {
                open.amounts.add(cell);
            } else if (!cell.isBlank()) {
                diagnostics.add(line.number(), type.number(), line.text(), "cell '" + cell.text() + "' before any label");
            }
        }
        return groups;
    }

    /**
     * Labels and amounts from a stream of tokens: a label runs until an amount or a numbered label.
     *
     * @param sides the table's columns where the stream keeps its lines (labels wrapped around their line of
     *              amounts are then told), null for one cell per line
     */
    private List<Group> tokenGroups(List<Cell> stream, List<ContentLine> lines, Sides sides) {
        this.sides = sides;
        assigned.clear();
        positional = false;
        for (ContentLine line : lines) {
            positional |= line.cells().form() == LineForm.ALIGNED;
        }
        List<Group> groups = new ArrayList<>();
        Group open = null;
        for (int i = 0; i < stream.size(); i++) {
            String text = stream.get(i).text();
            ContentLine line = lines.get(i);
            if (Amounts.isAmount(text)) {
                Group owner = sides == null ? open : owner(open, groups, stream, lines, i);
                if (owner != null) {
                    if (owner.firstAmount < 0) {
                        owner.firstAmount = i;
                    }
                    if (owner.line != line && owner.amounts.isEmpty()) {
                        owner.around = line;
                    }
                    owner.amounts.add(stream.get(i));
                    owner.amountLines.add(line.number());
                } else {
                    diagnostics.add(line.number(), type.number(), line.text(), "amount '" + text + "' before any label");
                }
                continue;
            }
            boolean bareNumbering = open != null && open.amounts.isEmpty() && !Chars.hasHan(open.label);
            boolean continues = open != null && open.amounts.isEmpty() && (open.line == line || bareNumbering)
                    && (bareNumbering || !SummaryLabels.startsNumbered(text)) && !SummaryLabels.isTotal(text)
                    && !SummaryLabels.isTotal(open.label);
            guessedWrap = false;
            int wrapped = continues ? -1 : wrappedLabel(groups, stream.get(i), line, stream, lines, i);
            if (continues) {
                // words of one label split by spaces (or a numbering on its own) are one label, as printed
                Group longer = new Group(open.label + " " + text, open.index, open.line);
                longer.amounts.addAll(open.amounts);
                longer.amountLines.addAll(open.amountLines);
                groups.set(groups.size() - 1, longer);
                open = longer;
            } else if (wrapped >= 0) {
                // the rest of a label wrapped onto a line of its own belongs to the label above it
                Group above = groups.get(wrapped);
                if (guessedWrap && !cut(above.label)) {
                    diagnostics.row(above.line.number(), type.number(), above.line.text(), "'" + text + "' on the next "
                            + "line ends one of this line's labels; which one is not certain, read as ending '"
                            + above.label.strip() + "'");
                }
                Group longer = new Group(above.label + text, above.index, above.line);
                longer.amounts.addAll(above.amounts);
                longer.amountLines.addAll(above.amountLines);
                groups.set(wrapped, longer);
                if (open == above) {
                    open = longer;
                }
            } else {
                open = new Group(text, i, line);
                groups.add(open);
            }
        }
        return groups;
    }

    /**
     * The label an amount belongs to. Usually the label before it; but where the line above holds nothing but labels
     * without amounts, those labels were centred in taller cells and printed part above the line of amounts, part
     * below. Where the text keeps positions an amount then belongs to the nearest label to its left, on its line or
     * above it where its line prints none. Else the run of amounts is shared between the label of its line before
     * it (if any) and the labels above, in order (a label above that reads as whole, not cut short, is a row of blank
     * cells and takes none after a label of this line): the way that leaves every row within its side's columns and
     * its identities (合计 = Σ parts); where more than one way does, the label of its line takes its columns first
     * and both rows are doubted.
     */
    private Group owner(Group open, List<Group> groups, List<Cell> stream, List<ContentLine> lines, int at) {
        Group decided = assigned.get(at);
        if (decided != null) {
            return decided;
        }
        ContentLine line = lines.get(at);
        List<Group> above = labelsAlone(groups, stream, lines, line);
        if (above.isEmpty()) {
            return open;
        }
        if (positional) {
            // a label above counts only where this line prints no label of its own
            List<Cell> own = new ArrayList<>();
            for (Group group : groups) {
                Cell cell = group.line == line ? labelCell(group) : null;
                if (cell != null) {
                    own.add(cell);
                }
            }
            Group nearest = null;
            int start = -1;
            for (Group group : groups) {
                Cell cell = labelCell(group);
                if (cell == null || group.line != line && (!above.contains(group) || covered(cell, own))) {
                    continue;
                }
                if (cell.start() <= stream.get(at).start() && cell.start() > start) {
                    nearest = group;
                    start = cell.start();
                }
            }
            return nearest != null ? nearest : open;
        }
        List<Group> takers = new ArrayList<>();
        List<List<String>> columns = new ArrayList<>();
        if (open != null && open.line == line) {
            takers.add(open);
            columns.add(columnsOf(SummaryLabels.sideByWords(open.label), sides));
            if (above.size() == 1 && cut(above.get(0).label)) {
                // a label above that reads as whole is a row of blank cells; one cut short was wrapped around
                takers.add(above.get(0));
                columns.add(columnsOf(SummaryLabels.sideByWords(open.label) == SummaryItem.Side.INCOME
                        ? SummaryItem.Side.EXPENSE : SummaryItem.Side.INCOME, sides));
            }
        } else if (above.size() <= 2) {
            for (int k = 0; k < above.size(); k++) {
                takers.add(above.get(k));
                columns.add(above.size() == 2 && k == 0 ? sides.income() : sides.expense());
            }
            if (above.size() == 1) {
                columns.set(0, null); // its side is not known: the run is its own
            }
        }
        if (takers.size() < 2) {
            return takers.isEmpty() ? open : takers.get(0);
        }
        List<BigDecimal> run = new ArrayList<>();
        for (int k = at; k < stream.size() && lines.get(k) == line && Amounts.isAmount(stream.get(k).text()); k++) {
            run.add(Amounts.parse(stream.get(k).text()));
        }
        Group first = takers.get(0);
        int already = first.amounts.size();
        List<Integer> ways = new ArrayList<>();
        for (int j = run.size(); j >= 0; j--) {
            List<BigDecimal> mine = values(first);
            mine.addAll(run.subList(0, j));
            List<BigDecimal> theirs = values(takers.get(1));
            theirs.addAll(run.subList(j, run.size()));
            if (fits(mine, columns.get(0)) && fits(theirs, columns.get(1))) {
                ways.add(j);
            }
        }
        int j = ways.isEmpty() ? Math.min(run.size(), Math.max(0, columns.get(0).size() - already)) : ways.get(0);
        if (ways.size() > 1) {
            for (Group group : takers) {
                diagnostics.row(group.line.number(), type.number(), group.line.text(), "the amounts on line "
                        + line.number() + " may be shared otherwise between '" + first.label.strip() + "' and '"
                        + takers.get(1).label.strip() + "' (a label wrapped around its line of amounts)");
            }
        }
        for (int k = 0; k < run.size(); k++) {
            assigned.put(at + k, k < j ? first : takers.get(1));
        }
        return assigned.get(at);
    }

    private static List<BigDecimal> values(Group group) {
        List<BigDecimal> values = new ArrayList<>();
        for (Cell cell : group.amounts) {
            values.add(Amounts.parse(cell.text()));
        }
        return values;
    }

    /** Amounts the reader has given to labels wrapped around their line, by stream index. */
    private final java.util.Map<Integer, Group> assigned = new java.util.HashMap<>();

    private static List<String> columnsOf(SummaryItem.Side side, Sides sides) {
        return side == SummaryItem.Side.EXPENSE ? sides.expense() : sides.income();
    }

    /** Whether amounts printed in order (blank cells gone) can be a row of these columns, identities kept. */
    private static boolean fits(List<BigDecimal> values, List<String> columns) {
        if (columns == null || values.isEmpty()) {
            return true;
        }
        if (values.size() > columns.size()) {
            return false;
        }
        return RowIdentity.over(columns).map(identity -> !Placements.satisfying(
                Placements.all(values, columns.size()), columns, identity).isEmpty()).orElse(true);
    }

    /**
     * The labels of the line before this one when that line holds nothing but labels that have no amounts of their
     * own line (their amounts may follow on this line); empty otherwise.
     */
    private static List<Group> labelsAlone(List<Group> groups, List<Cell> stream, List<ContentLine> lines,
                                           ContentLine line) {
        int first = lines.indexOf(line);
        if (first <= 0 || line.pageStart()) {
            return List.of(); // a cell does not wrap across a page
        }
        ContentLine before = lines.get(first - 1);
        if (before.number() != line.number() - 1) {
            return List.of(); // a header or a gap between: the labels above are not wrapped around this line
        }
        for (int k = first - 1; k >= 0 && lines.get(k) == before; k--) {
            if (Amounts.isAmount(stream.get(k).text())) {
                return List.of();
            }
        }
        List<Group> alone = new ArrayList<>();
        for (Group group : groups) {
            if (group.line == before && Chars.hasHan(group.label)
                    && (group.amounts.isEmpty() || group.around == line)) {
                alone.add(group);
            }
        }
        return alone;
    }

    /** Whether a label of the line below starts where this one does (within two characters). */
    private static boolean covered(Cell label, List<Cell> below) {
        for (Cell cell : below) {
            if (Math.abs(cell.start() - label.start()) <= 2) {
                return true;
            }
        }
        return false;
    }

    /** Set by {@link #wrappedLabel} when the label a rest ends had to be guessed. */
    private boolean guessedWrap;
    /** The table's columns while its lines are read as kept lines (null one cell per line). */
    private Sides sides;
    /** Whether the table's text keeps positions (pdftotext -layout): a rest stands under the label it ends. */
    private boolean positional;

    /** Longest rest of a wrapped label: a few characters on a line of their own. */
    private static final int MAX_LABEL_REST = 8;

    /** A few Han characters that cannot start a label: the rest of one wrapped onto the next line. */
    private static boolean labelRest(String text) {
        return !text.isEmpty() && text.length() <= MAX_LABEL_REST && Chars.hasHan(text) && !Chars.hasDigit(text)
                && !SummaryLabels.startsNumbered(text) && !SummaryLabels.isTotal(text) && !HeaderWords.isHeaderWord(text);
    }

    /**
     * The index of the group whose label this token ends, or -1 when it starts a label of its own. The token's
     * line must hold nothing but such rests (the ends of the labels above, wrapped); each goes to the label on the
     * line above that it stands under where the text keeps positions, else to the labels of that line in order.
     */
    private int wrappedLabel(List<Group> groups, Cell token, ContentLine line, List<Cell> stream,
                                    List<ContentLine> lines, int at) {
        if (!labelRest(token.text())) {
            return -1;
        }
        List<Cell> own = new ArrayList<>();
        int order = -1;
        for (int k = 0; k < stream.size(); k++) {
            if (lines.get(k) == line) {
                if (!labelRest(stream.get(k).text())) {
                    return -1;
                }
                if (k == at) {
                    order = own.size();
                }
                own.add(stream.get(k));
            }
        }
        List<Integer> above = new ArrayList<>();
        ContentLine previous = null;
        for (int g = groups.size() - 1; g >= 0; g--) {
            Group group = groups.get(g);
            if (group.line == line) {
                continue;
            }
            if (previous == null) {
                if (group.line.number() >= line.number() || line.number() - group.line.number() > 2) {
                    return -1;
                }
                previous = group.line;
            }
            if (group.line != previous) {
                break;
            }
            if (Chars.hasHan(group.label)) {
                above.add(0, g);
            }
        }
        if (above.isEmpty()) {
            return -1;
        }
        // labels wrapped around the line above: alone on the line before it, their amounts (if any) on it
        List<Integer> wrappedAround = new ArrayList<>();
        if (sides != null) {
            for (Group group : labelsAlone(groups, stream, lines, previous)) {
                int g = groups.indexOf(group);
                if (!above.contains(g)) {
                    wrappedAround.add(g);
                }
            }
        }
        if (positional) {
            // the label the rest stands under: on the line above, else wrapped around it
            List<Integer> nearestFirst = new ArrayList<>(above);
            nearestFirst.addAll(wrappedAround);
            for (int g : nearestFirst) {
                Cell labelCell = labelCell(groups.get(g));
                if (labelCell != null && token.start() < labelCell.end() + 2 && labelCell.start() < token.end() + 2) {
                    return g;
                }
            }
            return -1;
        }
        above.addAll(wrappedAround);
        final ContentLine amountsLine = previous;
        above.sort(java.util.Comparator.comparingInt(g -> order(groups.get(g), amountsLine)));
        // no positions: the rests end the labels of the line above that are cut short (a label ends in 支出, 收入,
        // 资金, 预算, 基金 or 总计), in order; failing that, its last labels
        List<Integer> cut = new ArrayList<>();
        for (int g : above) {
            if (!complete(groups.get(g).label)) {
                cut.add(g);
            }
        }
        if (own.size() == 1 && cut.size() != 1) {
            // the label the rest makes a name of tables 1 and 4 with, when only one does
            List<Integer> named = new ArrayList<>();
            for (int g : above) {
                if (knownLabel(groups.get(g).label + token.text())) {
                    named.add(g);
                }
            }
            if (named.size() == 1) {
                return named.get(0);
            }
        }
        List<Integer> ends = cut.size() == own.size() ? cut : above;
        int first = ends.size() - own.size();
        if (first < 0) {
            return -1;
        }
        if (ends != cut || above.size() > own.size()) {
            guessedWrap = true; // which label it ends is a guess: the row is in doubt
        }
        return ends.get(first + order);
    }

    /** Where a label stands on the line of its amounts, left to right: its own index, or its first amount's. */
    private static int order(Group group, ContentLine amountsLine) {
        return group.around == amountsLine && group.line != amountsLine ? group.firstAmount : group.index;
    }

    private static final List<String> LABEL_ENDINGS = List.of("支出", "收入", "资金", "预算", "基金", "总计", "合计");

    /** The income items tables 1 and 4 print, by name (the expense items are the function classes). */
    private static final java.util.Set<String> INCOME_LABELS = java.util.Set.of("财政拨款收入", "一般公共预算",
            "一般公共预算资金", "公共财政预算", "公共财政预算资金", "一般预算资金", "政府性基金", "政府性基金预算",
            "政府性基金预算资金", "国有资本经营预算", "国有资本经营预算资金", "事业收入", "事业单位经营收入", "其他收入",
            "上年结转", "用事业基金弥补收支差额", "收入总计", "支出总计");

    /** Whether a label names an item tables 1 and 4 print: an income item or a function class. */
    private static boolean knownLabel(String label) {
        String name = Chars.squeeze(SummaryLabels.name(label));
        return INCOME_LABELS.contains(name) || budget.model.ClassificationNames.isClassName(name);
    }

    private static boolean cut(String label) {
        return !complete(label);
    }

    /** Whether a label reads as whole: it ends as the labels of tables 1 and 4 end. */
    private static boolean complete(String label) {
        String squeezed = Chars.squeeze(label);
        return LABEL_ENDINGS.stream().anyMatch(squeezed::endsWith);
    }

    /** The cell of the line that starts the group's label, if the line still has it. */
    private static Cell labelCell(Group group) {
        for (Cell cell : group.line.cells().filled()) {
            if (!cell.text().isEmpty() && group.label.startsWith(cell.text())) {
                return cell;
            }
        }
        return null;
    }

    private static SummaryItem.Side side(Group group, Sides sides, boolean delimited) {
        if (delimited && sides.expenseLabelIndex() >= 0) {
            return group.index >= sides.expenseLabelIndex() ? SummaryItem.Side.EXPENSE : SummaryItem.Side.INCOME;
        }
        return SummaryLabels.sideByWords(group.label);
    }

    private SummaryRow row(Group group, SummaryItem.Side side, Sides sides, boolean delimited) {
        List<String> columns = side == SummaryItem.Side.INCOME ? sides.income() : sides.expense();
        int width = columns.size();
        String label = group.label.strip();
        ContentLine line = group.line;
        Slot slot;
        if (delimited) {
            List<Cell> cells = new ArrayList<>(group.amounts);
            while (cells.size() > width && cells.get(cells.size() - 1).isBlank()) {
                cells.remove(cells.size() - 1);
            }
            if (cells.size() > width) {
                diagnostics.row(line.number(), type.number(), line.text(),
                        "'" + label + "' has more amount cells than its side has columns; the first " + width + " are kept");
            }
            BigDecimal[] values = new BigDecimal[width];
            for (int c = 0; c < width; c++) {
                values[c] = c < cells.size() ? amount(cells.get(c).text(), line, label) : BigDecimal.ZERO;
            }
            slot = Slot.placed(label, values);
        } else {
            List<BigDecimal> values = new ArrayList<>();
            for (Cell cell : group.amounts) {
                values.add(Amounts.parse(cell.text()));
            }
            if (values.size() > width) {
                // the numbers of another row ran on after this one's: which row is not known, so the table is in doubt
                diagnostics.add(line.number(), type.number(), line.text(),
                        "'" + label + "' is followed by " + values.size() + " numbers for " + width + " columns");
                slot = Slot.placed(label, Placements.leftmost(values, width));
            } else if (values.size() == width || values.isEmpty()) {
                slot = Slot.placed(label, Placements.leftmost(values, width));
            } else {
                slot = CodeTableReader.identityCandidates(label, values, columns);
            }
        }
        return new SummaryRow(side, SummaryLabels.role(label), label, SummaryLabels.name(label), line.number(),
                columns, slot);
    }

    private BigDecimal amount(String text, ContentLine line, String label) {
        if (text.isEmpty()) {
            return BigDecimal.ZERO;
        }
        if (Amounts.isAmount(text)) {
            return Amounts.parse(text);
        }
        diagnostics.row(line.number(), type.number(), line.text(),
                "'" + label + "': cell '" + Chars.shorten(text) + "' is not an amount; read as 0");
        return BigDecimal.ZERO;
    }
}
