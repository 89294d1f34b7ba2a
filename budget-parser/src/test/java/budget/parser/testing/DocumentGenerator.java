package budget.parser.testing;

import budget.model.BudgetKind;
import budget.model.SummaryItem;
import budget.model.TableStatus;
import budget.model.TableType;
import budget.parser.testing.GoldenBudget.Item;
import budget.parser.testing.GoldenBudget.Row;
import budget.parser.testing.GoldenBudget.Table;
import budget.parser.testing.Variation.Codes;
import budget.parser.testing.Variation.Form;
import budget.parser.testing.Variation.Glue;
import budget.parser.testing.Variation.NameWrap;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;

/**
 * Prints a golden budget as a document in one {@link Variation}: the title block, the nine tables (title, 编制部门,
 * 单位, header block, rows, 合计, the note of an empty table) and the 三公 paragraph of 其他相关情况说明. What each
 * form looks like follows the text that real tools make of the corpus PDFs ({@code samples/pdf-text/}): pdfplumber
 * TSV and markdown (blank cells kept, a cell's lines joined, pages joined by {@code \n\f}, a markdown rule after the
 * first row of every page's table), pdftotext -layout (cells placed by runs of spaces, header cells centred over the
 * columns they span, amounts right-aligned, one space at the least between an amount and the label after it),
 * pdfplumber text (one space between cells, blank cells gone, a wrapped cell's lines on lines of their own) and plain
 * pdftotext (one cell per line).
 */
public final class DocumentGenerator {

    private final GoldenBudget golden;
    private final Variation v;
    private final StringBuilder out = new StringBuilder();
    private int page = 3;
    /** Whether the next line starts a page (a form feed goes before it). */
    private boolean pageStart;

    private DocumentGenerator(GoldenBudget golden, Variation variation) {
        this.golden = golden;
        this.v = variation.normalised();
    }

    /** The document of a golden in a variation: its content ({@link Variation#content()}) printed in its form. */
    public static String render(GoldenBudget golden, Variation variation) {
        return new DocumentGenerator(variation.content().apply(golden), variation).document();
    }

    /**
     * Prints the document of a golden in a variation, e.g. {@code putuo-justice-bureau-2026-dept "form=LAYOUT,
     * zero=DASH"} (run from the module directory, with the test classpath): how a reported failure is looked at.
     */
    public static void main(String[] args) {
        System.out.print(render(GoldenBudget.load(args[0]), Variation.parse(args[1])));
    }

    private String document() {
        boolean unit = golden.kind() == BudgetKind.UNIT;
        String titleStart = golden.titleName() != null ? golden.titleName() + golden.year() + "年"
                : golden.region() + golden.year() + "年" + golden.levelWord();
        line(titleStart + (unit ? "单位预算" : "部门预算"));
        if (unit && golden.supervisor() != null) {
            line("预算主管部门：" + golden.supervisor());
        }
        line((unit ? "预算单位：" : "预算主管部门：") + golden.department());
        endPage();
        for (Table table : golden.tables()) {
            if (table.status() == TableStatus.MISSING) {
                continue;
            }
            table(table);
            endPage();
        }
        threePublicParagraph();
        return out.toString();
    }

    // ---------------------------------------------------------------- document lines and pages

    private void line(String text) {
        if (pageStart && v.formFeed()) {
            out.append('\f');
        }
        pageStart = false;
        out.append(text).append('\n');
    }

    /** The foot of a page: its number, then a form feed (or a blank line, for copied text). */
    private void endPage() {
        if (v.pageNumber().format != null) {
            String number = String.format(v.pageNumber().format, page);
            line(v.form() == Form.LAYOUT ? " ".repeat(40) + number : number);
        }
        page++;
        if (!v.formFeed()) {
            line("");
        }
        pageStart = true;
    }

    private void threePublicParagraph() {
        Table t9 = golden.table(9);
        if (t9.cells().isEmpty()) {
            return;
        }
        Map<String, BigDecimal> c = t9.cells();
        int year = golden.year();
        line("其他相关情况说明");
        line("一、" + year + "年“三公”经费预算情况说明");
        line(year + "年“三公”经费预算数为" + wan(c.get("total")) + "万元。其中：");
        line("（一）因公出国（境）费" + wan(c.get("abroad")) + "万元。");
        line("（二）公务用车购置及运行费" + wan(c.get("vehicleTotal")) + "万元。其中：公务用车购置费"
                + wan(c.get("vehiclePurchase")) + "万元；公务用车运行费" + wan(c.get("vehicleRunning")) + "万元。");
        line("（三）公务接待费" + wan(c.get("reception")) + "万元。");
        line("二、机关运行经费预算");
        line(year + "年" + golden.departmentKey() + "财政拨款的机关运行经费预算为" + wan(c.get("operatingExpenses"))
                + "万元。");
    }

    private static String wan(BigDecimal value) {
        return value == null ? "0" : value.stripTrailingZeros().toPlainString();
    }

    // ---------------------------------------------------------------- one table

    private void table(Table table) {
        boolean unit = golden.kind() == BudgetKind.UNIT;
        int n = table.number();
        String title = golden.year() + "年" + (n == 9 ? (unit ? "单位" : "部门") : unit ? "预算单位" : "部门")
                + TableType.of(n).titleWords();
        line(v.form() == Form.LAYOUT ? " ".repeat(24) + title : title);
        String preparedBy = (unit ? "编制单位：" : "编制部门：") + golden.department();
        String unitLine = "单位：" + (n == 9 ? "万元" : "元");
        if (v.unitOnSameLine() && v.form() != Form.ONE_PER_LINE) {
            line(preparedBy + (v.form() == Form.LAYOUT ? " ".repeat(30) : " ") + unitLine);
        } else {
            line(preparedBy);
            line(unitLine);
        }
        Grid grid = switch (table.type().shape()) {
            case CODE -> codeGrid(table);
            case SUMMARY -> summaryGrid(table);
            case CELLS -> cellsGrid(table);
        };
        Printer printer = new Printer(grid);
        // minhang 2026 table 5: the first page prints codes and amounts, no names (the parser fills them by code)
        Printer nameless = n == 5 && v.namelessFirstPage() ? new Printer(grid.without(grid.nameColumn)) : null;
        Printer page = nameless == null ? printer : null;
        (page == null ? nameless : page).header(false).forEach(this::line);
        Random random = new Random(v.seed() * 31 + n);
        TreeSet<Integer> breaks = new TreeSet<>();
        int body = grid.body.size();
        if (n != 9 && body > 2) {
            for (int i = 0; i < v.pageBreaks(); i++) {
                breaks.add(1 + random.nextInt(body - 1));
            }
        }
        for (int r = 0; r < body; r++) {
            if (breaks.contains(r)) {
                endPage();
                if (page == null) {
                    page = printer; // the name column is back after the first page
                }
                if (v.repeatHeader()) {
                    page.header(true).forEach(this::line);
                } else {
                    page.newPage();
                }
            }
            (page == null ? nameless : page).row(r).forEach(this::line);
        }
        if (table.note() != null) {
            line(table.note());
        }
    }

    // ---------------------------------------------------------------- grids: the cells of a table, form-free

    /** How a column is aligned in layout text. */
    private enum Align { LEFT, RIGHT }

    private record Header(String[] cells, int[] spans) {
        static Header of(int columns, Object... startTextSpan) {
            String[] cells = new String[columns];
            int[] spans = new int[columns];
            Arrays.fill(cells, "");
            Arrays.fill(spans, 1);
            for (int i = 0; i < startTextSpan.length; i += 3) {
                int at = (Integer) startTextSpan[i];
                cells[at] = (String) startTextSpan[i + 1];
                spans[at] = (Integer) startTextSpan[i + 2];
            }
            return new Header(cells, spans);
        }
    }

    /**
     * @param glueAfter the column whose amount may run into the next cell (summary tables: the income amount), or -1
     * @param total     the 合计 row of a code table (its label sits under the name in layout text)
     */
    private record BodyRow(String[] cells, int glueAfter, boolean total) {
    }

    private record Grid(Align[] align, boolean[] wraps, int nameColumn, List<Header> header, List<BodyRow> body) {
        int columns() {
            return align.length;
        }

        /** The same table without one column (a page that does not print it). */
        Grid without(int column) {
            List<Header> lines = new ArrayList<>();
            for (Header h : header) {
                String[] cells = drop(h.cells, column);
                int[] spans = new int[cells.length];
                for (int c = 0, k = 0; c < h.cells.length; c++) {
                    if (c == column) {
                        continue;
                    }
                    boolean covers = c < column && c + h.spans[c] > column;
                    spans[k++] = covers ? h.spans[c] - 1 : h.spans[c];
                }
                if (Arrays.stream(cells).anyMatch(cell -> !cell.isEmpty())) {
                    lines.add(new Header(cells, spans));
                }
            }
            List<BodyRow> rows = body.stream().map(r -> new BodyRow(drop(r.cells, column), r.glueAfter, r.total)).toList();
            Align[] a = new Align[align.length - 1];
            boolean[] w = new boolean[wraps.length - 1];
            for (int c = 0, k = 0; c < align.length; c++) {
                if (c != column) {
                    a[k] = align[c];
                    w[k++] = wraps[c];
                }
            }
            return new Grid(a, w, column - 1, lines, rows);
        }

        private static String[] drop(String[] cells, int column) {
            String[] out = new String[cells.length - 1];
            for (int c = 0, k = 0; c < cells.length; c++) {
                if (c != column) {
                    out[k++] = cells[c];
                }
            }
            return out;
        }
    }

    private Grid codeGrid(Table table) {
        boolean economic = table.type().economic();
        int levels = economic ? 2 : 3;
        int codeColumns = switch (v.codes()) {
            case COLUMNS -> levels;
            case MERGED -> levels - 1;
            case WHOLE -> 1;
        };
        List<String> columns = table.columns();
        int width = codeColumns + 1 + columns.size();
        Align[] align = new Align[width];
        boolean[] wraps = new boolean[width];
        Arrays.fill(align, Align.RIGHT);
        for (int c = 0; c <= codeColumns; c++) {
            align[c] = Align.LEFT;
        }
        wraps[codeColumns] = true;

        String codeHeading = economic ? "经济分类科目编码" : "功能分类科目编码";
        String nameHeading = economic ? "部门经济分类科目名称" : "功能分类科目名称";
        String span = switch (table.number()) {
            case 2 -> "收入预算";
            case 3 -> "支出预算";
            case 5 -> "一般公共预算支出";
            case 6 -> "政府性基金预算支出";
            case 7 -> "国有资本经营预算支出";
            default -> "一般公共预算基本支出";
        };
        Header top = Header.of(width, 0, "项目", codeColumns + 1, codeColumns + 1, span, columns.size());
        Header main = Header.of(width, 0, codeHeading, codeColumns, codeColumns, nameHeading, 1);
        for (int c = 0; c < columns.size(); c++) {
            main.cells[codeColumns + 1 + c] = columns.get(c);
        }
        Header levelsLine = null;
        if (v.codes() != Codes.WHOLE) {
            levelsLine = Header.of(width);
            List<String> words = List.of("类", "款", "项");
            for (int c = 0; c < codeColumns; c++) {
                levelsLine.cells[c] = words.get(c);
            }
        }
        List<Header> header = new ArrayList<>();
        if (v.headerLines() == 3 || (v.headerLines() == 2 && levelsLine == null)) {
            header.add(top);
        }
        header.add(main);
        if (v.headerLines() >= 2 && levelsLine != null) {
            header.add(levelsLine);
        }

        List<BodyRow> body = new ArrayList<>();
        for (Row row : table.rows()) {
            String[] cells = new String[width];
            List<String> parts = row.parts();
            switch (v.codes()) {
                case WHOLE -> {
                    cells[0] = row.code();
                    cells[1] = row.name();
                }
                case MERGED -> {
                    for (int c = 0; c < codeColumns; c++) {
                        cells[c] = c < parts.size() ? parts.get(c) : "";
                    }
                    cells[codeColumns] = parts.size() == levels ? parts.get(levels - 1) + " " + row.name() : row.name();
                }
                case COLUMNS -> {
                    for (int c = 0; c < codeColumns; c++) {
                        cells[c] = c < parts.size() ? parts.get(c) : "";
                    }
                    cells[codeColumns] = row.name();
                }
            }
            for (int c = 0; c < columns.size(); c++) {
                cells[codeColumns + 1 + c] = amount(row.amounts().get(columns.get(c)));
            }
            body.add(new BodyRow(cells, -1, false));
        }
        boolean empty = table.status() == TableStatus.EMPTY;
        if (empty || !table.totals().isEmpty()) {
            String[] cells = new String[width];
            Arrays.fill(cells, "");
            cells[0] = "合计";
            if (!empty) {
                for (int c = 0; c < columns.size(); c++) {
                    cells[codeColumns + 1 + c] = amount(table.totals().get(columns.get(c)));
                }
            }
            body.add(new BodyRow(cells, -1, true));
        }
        return new Grid(align, wraps, codeColumns, header, body);
    }

    private Grid summaryGrid(Table table) {
        List<String> expenseColumns = table.expenseColumns();
        int width = 3 + expenseColumns.size();
        Align[] align = new Align[width];
        Arrays.fill(align, Align.RIGHT);
        align[0] = Align.LEFT;
        align[2] = Align.LEFT;
        boolean[] wraps = new boolean[width];
        wraps[0] = v.wrapLabels();
        wraps[2] = v.wrapLabels();

        List<Header> header = new ArrayList<>();
        if (v.sideHeadings()) {
            header.add(table.number() == 1 ? Header.of(width, 0, "本年收入", 2, 2, "本年支出", width - 2)
                    : Header.of(width, 0, "财政拨款收入", 2, 2, "财政拨款支出", width - 2));
        }
        if (table.splitExpense()) {
            // unit budgets: 预算数 over 合计 / 基本支出 (人员经费, 公用经费) / 项目支出
            Header leaves = Header.of(width, 0, "项目", 1, 1, "预算数", 1, 2, "项目", 1);
            for (int c = 0; c < expenseColumns.size(); c++) {
                leaves.cells[3 + c] = expenseColumns.get(c);
            }
            if (v.headerLines() == 1) {
                header.add(leaves);
            } else {
                header.add(Header.of(width, 0, "项目", 1, 1, "预算数", 1, 2, "项目", 1, 3, "预算数", width - 3));
                if (v.headerLines() == 2) {
                    leaves.cells[0] = "";
                    leaves.cells[1] = "";
                    leaves.cells[2] = "";
                    header.add(leaves);
                } else {
                    header.add(Header.of(width, 3, "合计", 1, 4, "基本支出", 2, 6, "项目支出", 1));
                    header.add(Header.of(width, 4, "人员经费", 1, 5, "公用经费", 1));
                }
            }
        } else {
            Header line = Header.of(width, 0, "项目", 1, 1, "预算数", 1, 2, "项目", 1);
            for (int c = 0; c < expenseColumns.size(); c++) {
                line.cells[3 + c] = expenseColumns.size() == 1 ? "预算数" : expenseColumns.get(c);
            }
            header.add(line);
        }

        List<Item> income = new ArrayList<>();
        List<Item> expense = new ArrayList<>();
        Item incomeTotal = null;
        Item expenseTotal = null;
        for (Item item : table.items()) {
            boolean total = item.role() == SummaryItem.Role.TOTAL;
            if (item.side() == SummaryItem.Side.INCOME) {
                if (total) {
                    incomeTotal = item;
                } else {
                    income.add(item);
                }
            } else if (total) {
                expenseTotal = item;
            } else {
                expense.add(item);
            }
        }
        List<BodyRow> body = new ArrayList<>();
        for (int i = 0; i < Math.max(income.size(), expense.size()); i++) {
            body.add(summaryLine(i < income.size() ? income.get(i) : null, i < expense.size() ? expense.get(i) : null,
                    table, width));
        }
        body.add(summaryLine(incomeTotal, expenseTotal, table, width));
        return new Grid(align, wraps, 0, header, body);
    }

    private BodyRow summaryLine(Item income, Item expense, Table table, int width) {
        String[] cells = new String[width];
        Arrays.fill(cells, "");
        if (income != null) {
            cells[0] = label(income);
            cells[1] = amount(income.amounts().get(table.incomeColumns().get(0)));
        }
        if (expense != null) {
            cells[2] = label(expense);
            List<String> columns = table.expenseColumns();
            for (int c = 0; c < columns.size(); c++) {
                cells[3 + c] = amount(expense.amounts().get(columns.get(c)));
            }
        }
        return new BodyRow(cells, income != null && expense != null ? 1 : -1, false);
    }

    private String label(Item item) {
        String label = item.label();
        if (item.role() == SummaryItem.Role.SUB_ITEM) {
            label = label.replaceFirst("^(\\d+)\\s*[、.．]\\s*", v.subItemDot() ? "$1. " : "$1、");
        }
        return label;
    }

    private Grid cellsGrid(Table table) {
        int width = 7;
        Align[] align = new Align[width];
        Arrays.fill(align, Align.RIGHT);
        List<Header> header = new ArrayList<>();
        String operating = "机关运行经费预算数";
        if (v.headerLines() == 3) {
            header.add(Header.of(width, 0, "“三公”经费预算数", 6, 6, operating, 1));
            operating = "";
        }
        header.add(Header.of(width, 0, "合计", 1, 1, "因公出国(境)费", 1, 2, "公务接待费", 1, 3, "公务用车购置及运行费", 3,
                6, operating, 1));
        header.add(Header.of(width, 3, "小计", 1, 4, "购置费", 1, 5, "运行费", 1));
        String[] cells = new String[width];
        List<String> names = List.of("total", "abroad", "reception", "vehicleTotal", "vehiclePurchase",
                "vehicleRunning", "operatingExpenses");
        for (int c = 0; c < width; c++) {
            cells[c] = amount(table.cells().get(names.get(c)));
        }
        return new Grid(align, new boolean[width], -1, header, List.of(new BodyRow(cells, -1, false)));
    }

    // ---------------------------------------------------------------- amounts

    String amount(BigDecimal value) {
        if (value == null || value.signum() == 0) {
            return v.zero().text;
        }
        BigDecimal scaled = value.setScale(2, RoundingMode.UNNECESSARY);
        boolean integer = scaled.stripTrailingZeros().scale() <= 0;
        String pattern = v.thousands() ? "%,." : "%.";
        if (v.decimals() == Variation.Decimals.WHEN_NONZERO && integer) {
            return String.format(Locale.ROOT, pattern + "0f", scaled);
        }
        return String.format(Locale.ROOT, pattern + "2f", scaled);
    }

    // ---------------------------------------------------------------- printing a grid in the variation's form

    /** Splits of header cells that tools print on two lines around the heading line. */
    private static final Map<String, String[]> HEADER_WRAPS = Map.of(
            "事业单位经营收入", new String[]{"事业单位", "经营收入"},
            "机关运行经费预算数", new String[]{"机关运行经费预算", "数"});

    private final class Printer {
        private final Grid grid;
        private final List<Header> header;
        /** Layout text: the start of each column on the first page, on continuation pages, and its width. */
        private final int[] first;
        private final int[] continued;
        private int[] x;
        private final int[] width;
        private final Random jitter;
        /** Markdown: the next line printed is the first of a page's table (a rule follows it). */
        private boolean firstOfTable = true;

        Printer(Grid grid) {
            this.grid = grid;
            this.header = v.wrapHeaderCells() ? wrapHeader(grid.header) : grid.header;
            this.jitter = new Random(v.seed());
            int n = grid.columns();
            width = new int[n];
            for (BodyRow row : grid.body) {
                for (int c = 0; c < n; c++) {
                    for (String part : fragments(row.cells[c], grid.wraps[c])) {
                        width[c] = Math.max(width[c], part.length());
                    }
                }
            }
            for (Header h : header) {
                for (int c = 0; c < n; c++) {
                    if (h.spans[c] == 1) {
                        width[c] = Math.max(width[c], h.cells[c].length());
                    }
                }
            }
            for (Header h : header) {
                for (int c = 0; c < n; c++) {
                    int span = h.spans[c];
                    if (span > 1) {
                        int covered = -2;
                        for (int k = c; k < c + span; k++) {
                            covered += width[k] + 2;
                        }
                        if (covered < h.cells[c].length()) {
                            width[c + span - 1] += h.cells[c].length() - covered;
                        }
                    }
                }
            }
            first = columns(0);
            continued = columns(v.squeeze());
            x = first;
        }

        private int[] columns(int squeeze) {
            int[] at = new int[width.length];
            for (int c = 1; c < at.length; c++) {
                boolean tight = v.glue() == Glue.SPACE && grid.nameColumn == 0 && c == 2;
                at[c] = at[c - 1] + width[c - 1] + (tight ? 1 : c <= grid.nameColumn ? 3 : Math.max(2, 4 - squeeze));
            }
            return at;
        }

        /** A continuation page without the header: its own layout. */
        void newPage() {
            firstOfTable = true;
            x = continued;
        }

        /** The header block at the top of the first page or of a continuation page (a markdown table starts). */
        List<String> header(boolean continuation) {
            firstOfTable = true;
            x = continuation ? continued : first;
            List<String> lines = new ArrayList<>();
            for (Header h : header) {
                lines.addAll(headerLine(h));
            }
            return lines;
        }

        private List<String> headerLine(Header h) {
            return switch (v.form()) {
                case TAB -> List.of(String.join("\t", h.cells));
                case PIPE -> pipe(h.cells);
                case SINGLE -> List.of(joinFilled(h.cells, " "));
                case ONE_PER_LINE -> perLine(Arrays.asList(h.cells));
                case LAYOUT -> {
                    StringBuilder text = new StringBuilder();
                    for (int c = 0; c < h.cells.length; c++) {
                        String cell = h.cells[c];
                        if (cell.isEmpty()) {
                            continue;
                        }
                        int end = x[c + h.spans[c] - 1] + width[c + h.spans[c] - 1];
                        put(text, x[c] + Math.max(0, (end - x[c] - cell.length()) / 2), cell);
                    }
                    yield List.of(text.toString().stripTrailing());
                }
            };
        }

        List<String> row(int index) {
            return row(grid.body.get(index));
        }

        List<String> row(BodyRow row) {
            int n = grid.columns();
            String[] main = row.cells.clone();
            String[] above = new String[n];
            String[] below = new String[n];
            Arrays.fill(above, "");
            Arrays.fill(below, "");
            boolean wrapped = false;
            if (v.nameWrap() != NameWrap.NONE) {
                for (int c = 0; c < n; c++) {
                    List<String> parts = fragments(main[c], grid.wraps[c]);
                    if (parts.size() == 2) {
                        wrapped = true;
                        if (v.nameWrap() == NameWrap.AROUND) {
                            above[c] = parts.get(0);
                            main[c] = "";
                        } else {
                            main[c] = parts.get(0);
                        }
                        below[c] = parts.get(1);
                    }
                }
            }
            List<String> lines = new ArrayList<>();
            switch (v.form()) {
                case TAB -> lines.add(String.join("\t", main));
                case PIPE -> lines.addAll(pipe(main));
                case SINGLE -> {
                    if (wrapped && v.nameWrap() == NameWrap.AROUND) {
                        lines.add(joinFilled(above, " "));
                    }
                    lines.add(singleLine(main, row));
                    if (wrapped) {
                        lines.add(joinFilled(below, " "));
                    }
                }
                case ONE_PER_LINE -> {
                    List<String> cells = new ArrayList<>();
                    for (int c = 0; c < n; c++) {
                        if (main[c].isEmpty()) {
                            continue;
                        }
                        boolean glued = c == row.glueAfter && v.glue() != Glue.NONE && c + 1 < n
                                && !main[c + 1].isEmpty();
                        if (glued) {
                            main[c + 1] = main[c] + v.glue().separator + main[c + 1];
                            continue;
                        }
                        cells.add(main[c]);
                        if (!below[c].isEmpty()) {
                            cells.add(below[c]);
                        }
                    }
                    lines.addAll(perLine(cells));
                }
                case LAYOUT -> {
                    if (wrapped && v.nameWrap() == NameWrap.AROUND) {
                        lines.add(layoutLine(above, false, false));
                    }
                    lines.add(layoutLine(main, row.total, true));
                    if (wrapped) {
                        lines.add(layoutLine(below, false, false));
                    }
                }
            }
            return lines;
        }

        private String singleLine(String[] cells, BodyRow row) {
            StringBuilder text = new StringBuilder();
            for (int c = 0; c < cells.length; c++) {
                if (cells[c].isEmpty()) {
                    continue;
                }
                if (!text.isEmpty()) {
                    boolean glued = c - 1 == row.glueAfter && v.glue() == Glue.TIGHT && !cells[c - 1].isEmpty();
                    text.append(glued ? "" : " ");
                }
                text.append(cells[c]);
            }
            return text.toString();
        }

        private String layoutLine(String[] cells, boolean total, boolean jittered) {
            StringBuilder text = new StringBuilder();
            for (int c = 0; c < cells.length; c++) {
                String cell = cells[c];
                if (cell.isEmpty()) {
                    continue;
                }
                int at = grid.align[c] == Align.LEFT ? x[c] : x[c] + width[c] - cell.length();
                if (total && c == 0) {
                    at = x[Math.max(0, grid.nameColumn)] + 2; // 合计 sits under the names
                }
                if (jittered && v.jitter() > 0 && grid.align[c] == Align.RIGHT) {
                    at += jitter.nextInt(2 * v.jitter() + 1) - v.jitter();
                }
                put(text, at, cell);
            }
            return text.toString().stripTrailing();
        }

        /** Places text at a column, at least one space after what the line already holds. */
        private void put(StringBuilder line, int at, String text) {
            int start = line.isEmpty() ? Math.max(0, at) : Math.max(at, line.length() + 1);
            line.append(" ".repeat(start - line.length())).append(text);
        }

        private List<String> pipe(String[] cells) {
            List<String> lines = new ArrayList<>();
            lines.add("| " + String.join(" | ", cells) + " |");
            if (firstOfTable) {
                lines.add("|" + "---|".repeat(cells.length));
                firstOfTable = false;
            }
            return lines;
        }

        private List<String> perLine(List<String> cells) {
            List<String> lines = new ArrayList<>();
            for (String cell : cells) {
                if (cell.isEmpty()) {
                    continue;
                }
                if (v.blankLines() && !lines.isEmpty()) {
                    lines.add("");
                }
                lines.add(cell);
            }
            return lines;
        }

        private static String joinFilled(String[] cells, String separator) {
            List<String> filled = new ArrayList<>();
            for (String cell : cells) {
                if (!cell.isEmpty()) {
                    filled.add(cell);
                }
            }
            return String.join(separator, filled);
        }

        /** A wrapped cell's two lines, or the cell alone when it does not wrap. */
        private List<String> fragments(String cell, boolean wraps) {
            if (!wraps || v.nameWrap() == NameWrap.NONE || cell.length() <= v.wrapWidth()) {
                return List.of(cell);
            }
            return List.of(cell.substring(0, v.wrapWidth()), cell.substring(v.wrapWidth()));
        }

        /** Long header cells split around their line: the head joins the line above, the tail the line below. */
        private List<Header> wrapHeader(List<Header> original) {
            List<Header> lines = new ArrayList<>();
            for (Header h : original) {
                lines.add(new Header(h.cells.clone(), h.spans.clone()));
            }
            for (int i = 0; i < lines.size(); i++) {
                Header h = lines.get(i);
                for (int c = 0; c < h.cells.length; c++) {
                    String[] split = HEADER_WRAPS.get(h.cells[c]);
                    if (split == null) {
                        continue;
                    }
                    h.cells[c] = "";
                    if (i == 0 || !lines.get(i - 1).cells[c].isEmpty()) {
                        lines.add(i, Header.of(h.cells.length));
                        i++;
                    }
                    lines.get(i - 1).cells[c] = split[0];
                    if (i == lines.size() - 1 || !lines.get(i + 1).cells[c].isEmpty()) {
                        lines.add(i + 1, Header.of(h.cells.length));
                    }
                    lines.get(i + 1).cells[c] = split[1];
                }
            }
            return lines;
        }
    }
}
