package budget.parser.pdf;

import budget.model.BudgetTable;
import budget.model.NamedCell;
import budget.model.NarrativeFact;
import budget.model.PageBox;
import budget.model.ParsedBudget;
import budget.model.ProseMark;
import budget.model.SummaryItem;
import budget.model.TableRow;
import budget.parser.text.Amounts;
import budget.parser.text.Chars;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Puts a budget read from a PDF's text back on the PDF's pages: every table row, summary item, table-9 cell,
 * narrative figure and writing slip gets the page and box it is printed in, and each amount the box of its own cell. The text is
 * the one {@link PdfText} wrote (one tab-separated line per table row, blank cells kept), so a row's amounts are
 * the cells after its name in column order, and an item's the cells after its label.
 */
public final class PdfLocator {

    private final PdfText pdf;

    private PdfLocator(PdfText pdf) {
        this.pdf = pdf;
    }

    public static ParsedBudget locate(ParsedBudget budget, PdfText pdf) {
        PdfLocator locator = new PdfLocator(pdf);
        List<BudgetTable> tables = new ArrayList<>();
        for (BudgetTable table : budget.tables()) {
            tables.add(locator.table(table));
        }
        List<NarrativeFact> facts = new ArrayList<>();
        for (NarrativeFact fact : budget.facts()) {
            PageBox box = locator.lineBox(fact.line());
            facts.add(box == null ? fact : fact.located(box));
        }
        List<ProseMark> marks = new ArrayList<>();
        for (ProseMark mark : budget.marks()) {
            if (mark.kind() == ProseMark.Kind.BLANK_PAGE) {
                locator.blankPage(mark, marks);
                continue;
            }
            PageBox box = locator.lineBox(mark.line());
            marks.add(box == null ? mark : mark.located(box));
        }
        locator.pageSlips(marks);
        return new ParsedBudget(budget.metadata(), tables, facts, budget.diagnostics(), marks);
    }

    /**
     * A page the text shows empty is blank only if the page draws nothing at all (an image or a drawing without text
     * is no blank page); its box is the whole page.
     */
    private void blankPage(ProseMark mark, List<ProseMark> marks) {
        LineGeometry geometry = pdf.lineAt(mark.line()).orElse(null);
        if (geometry == null || !pdf.slipsOf(geometry.page()).map(PageSlips::showsNothing).orElse(false)) {
            return;
        }
        marks.add(mark.located(wholePage(geometry.page())));
    }

    /** The slips only the PDF shows: lines cut by their clip or the page edge, glyphs without Unicode. */
    private void pageSlips(List<ProseMark> marks) {
        for (PageSlips slips : pdf.slips()) {
            int firstLine = firstLineOf(slips.page());
            if (firstLine < 1) {
                continue;
            }
            for (PageSlips.CutLine cut : slips.cutLines()) {
                String text = cut.text();
                String excerpt = text.length() > 16 ? text.substring(0, 16) : text;
                marks.add(new ProseMark(ProseMark.Kind.CUT_OFF_TEXT, text, excerpt, lineAt(slips.page(), cut.box()),
                        pageBox(slips.page(), cut.box())));
            }
            if (slips.glyphsWithoutUnicode() > 0) {
                marks.add(new ProseMark(ProseMark.Kind.UNREADABLE_CHARACTERS,
                        String.valueOf(slips.glyphsWithoutUnicode()), budget.parser.text.LayoutMarks.pageName(slips.page()),
                        firstLine, wholePage(slips.page())));
            }
        }
    }

    private PageBox wholePage(int page) {
        PageSize size = pdf.pageSize(page).orElse(new PageSize(0, 0));
        return new PageBox(page, 0, 0, round(size.width()), round(size.height()));
    }

    private int firstLineOf(int page) {
        for (LineGeometry line : pdf.lines()) {
            if (line.page() == page) {
                return line.line();
            }
        }
        return 0;
    }

    /** The text line of a page that overlaps a box the most in height, else the page's first line. */
    private int lineAt(int page, Box box) {
        int best = firstLineOf(page);
        double most = 0;
        for (LineGeometry line : pdf.lines()) {
            if (line.page() != page || line.box().isEmpty()) {
                continue;
            }
            double overlap = Math.min(line.box().y() + line.box().height(), box.y() + box.height())
                    - Math.max(line.box().y(), box.y());
            if (overlap > most) {
                most = overlap;
                best = line.line();
            }
        }
        return best;
    }

    private BudgetTable table(BudgetTable table) {
        BigDecimal scale = "万元".equals(table.unit()) ? BigDecimal.valueOf(10_000) : BigDecimal.ONE;
        List<TableRow> rows = new ArrayList<>();
        for (TableRow row : table.rows()) {
            Map<String, PageBox> cells = rowCells(row.lines(), table.columns(), row.amounts(), scale);
            rows.add(row.located(linesBox(row.lines()), cells));
        }
        Map<String, PageBox> totals = table.totalLine() == null ? Map.of()
                : rowCells(List.of(table.totalLine()), table.columns(), table.totals(), scale);
        List<SummaryItem> items = new ArrayList<>();
        for (SummaryItem item : table.items()) {
            items.add(item(item, scale));
        }
        List<NamedCell> cells = threePublic(table.cells());
        return table.located(rows, totals, items, cells);
    }

    /** The boxes of a row's amount cells: the cells after its name (or, without one, its last cells), by column. */
    private Map<String, PageBox> rowCells(List<Integer> lines, List<String> columns, Map<String, BigDecimal> amounts,
                                          BigDecimal scale) {
        Map<String, PageBox> boxes = new LinkedHashMap<>();
        for (int line : lines) {
            LineGeometry geometry = pdf.lineAt(line).orElse(null);
            if (geometry == null) {
                continue;
            }
            List<CellBox> cells = geometry.cells();
            int name = -1;
            for (int i = 0; i < cells.size(); i++) {
                if (Chars.hasHan(cells.get(i).text())) {
                    name = i;
                    break;
                }
            }
            // the grid keeps every cell, so the amounts are the last cells; a 合计 label spanning the code and name
            // columns leaves blank cells between it and them
            int from = cells.size() - columns.size();
            if (from <= name || from < 0) {
                from = name >= 0 ? name + 1 : Math.max(0, from);
            }
            for (int c = 0; c < columns.size() && from + c < cells.size(); c++) {
                CellBox cell = cells.get(from + c);
                BigDecimal amount = amounts.get(columns.get(c));
                if (amount != null && amount.signum() != 0 && printsAmount(cell.text(), amount, scale)) {
                    boxes.put(columns.get(c), pageBox(geometry.page(), cell.box()));
                }
            }
            if (!boxes.isEmpty()) {
                break;
            }
        }
        return boxes;
    }

    private SummaryItem item(SummaryItem item, BigDecimal scale) {
        LineGeometry geometry = pdf.lineAt(item.line()).orElse(null);
        if (geometry == null) {
            return item;
        }
        List<CellBox> cells = geometry.cells();
        String label = Chars.squeeze(item.label());
        for (int i = 0; i < cells.size(); i++) {
            if (!Chars.squeeze(cells.get(i).text()).equals(label)) {
                continue;
            }
            PageBox box = pageBox(geometry.page(), cells.get(i).box());
            Map<String, PageBox> amounts = new LinkedHashMap<>();
            int c = i + 1;
            for (Map.Entry<String, BigDecimal> amount : item.amounts().entrySet()) {
                if (c >= cells.size() || Chars.hasHan(cells.get(c).text())) {
                    break;
                }
                CellBox cell = cells.get(c++);
                if (amount.getValue() != null && amount.getValue().signum() != 0
                        && printsAmount(cell.text(), amount.getValue(), scale)) {
                    PageBox at = pageBox(geometry.page(), cell.box());
                    amounts.put(amount.getKey(), at);
                    box = box.union(at);
                }
            }
            return item.located(box, amounts);
        }
        PageBox line = lineBox(item.line());
        return line == null ? item : item.located(line, Map.of());
    }

    /** Table 9: its cells in printed order are the data line's cells, when the line has one per cell. */
    private List<NamedCell> threePublic(List<NamedCell> cells) {
        if (cells.isEmpty()) {
            return cells;
        }
        LineGeometry geometry = pdf.lineAt(cells.get(0).line()).orElse(null);
        if (geometry == null) {
            return cells;
        }
        List<NamedCell> located = new ArrayList<>();
        boolean aligned = geometry.cells().size() == cells.size();
        for (int i = 0; i < cells.size(); i++) {
            NamedCell cell = cells.get(i);
            PageBox box = null;
            if (aligned) {
                box = pageBox(geometry.page(), geometry.cells().get(i).box());
            } else if (cell.printed() != null && !cell.printed().isEmpty()) {
                box = pdf.cellBox(cell.line(), cell.printed()).map(b -> pageBox(geometry.page(), b)).orElse(null);
            }
            located.add(box == null || cell.printed() == null || cell.printed().isEmpty() ? cell : cell.located(box));
        }
        return located;
    }

    private static boolean printsAmount(String text, BigDecimal yuan, BigDecimal scale) {
        String cell = text.strip();
        return Amounts.isAmount(cell) && Amounts.parse(cell).multiply(scale).compareTo(yuan) == 0;
    }

    /** The box of a row's lines, on the page of its first line. */
    private PageBox linesBox(List<Integer> lines) {
        PageBox box = null;
        for (int line : lines) {
            PageBox one = lineBox(line);
            box = box == null ? one : one == null ? box : box.union(one);
        }
        return box;
    }

    private PageBox lineBox(int line) {
        LineGeometry geometry = pdf.lineAt(line).orElse(null);
        return geometry == null || geometry.box().isEmpty() ? null : pageBox(geometry.page(), geometry.box());
    }

    private static PageBox pageBox(int page, Box box) {
        return new PageBox(page, round(box.x()), round(box.y()), round(box.width()), round(box.height()));
    }

    /** A hundredth of a point is far below what a reader can see; it keeps the events short. */
    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
