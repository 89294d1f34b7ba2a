package budget.parser.table;

import budget.model.BudgetTable;
import budget.model.LineRange;
import budget.model.NamedCell;
import budget.model.NarrativeFact;
import budget.model.SummaryItem;
import budget.model.TableRow;
import budget.model.TableStatus;
import budget.model.TableType;
import budget.parser.text.Amounts;
import budget.parser.text.Diagnostics;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Turns the drafts into the nine tables of the model: names filled, amounts placed, yuan computed. */
public final class Tables {

    private Tables() {
    }

    /** Always nine tables, in order 1..9, each present, empty or missing. */
    public static List<BudgetTable> finish(TableDrafts drafts, List<NarrativeFact> facts, int documentYear,
                                           Diagnostics diagnostics) {
        NameFiller.fill(drafts, diagnostics);
        SummaryStreamReading.reread(drafts, diagnostics);
        Placing.place(drafts, facts, diagnostics);
        List<BudgetTable> tables = new ArrayList<>(9);
        for (TableType type : TableType.values()) {
            TableFrame frame = drafts.frame(type);
            if (frame == null) {
                tables.add(BudgetTable.missing(type.number()));
                continue;
            }
            tables.add(switch (type.shape()) {
                case CODE -> codeTable(drafts.code(type), documentYear);
                case SUMMARY -> summaryTable(drafts.summary(type), documentYear);
                case CELLS -> threePublic(drafts.threePublic(), documentYear);
            });
        }
        return tables;
    }

    private static BudgetTable codeTable(CodeTable table, int documentYear) {
        TableFrame frame = table.frame();
        String unit = frame.unit();
        List<TableRow> rows = new ArrayList<>(table.rows().size());
        for (CodeRow row : table.rows()) {
            rows.add(new TableRow(row.code().full(), row.code().parts(), row.name(), row.nameFilled(),
                    amounts(table.columns(), row.slot().best(), unit), row.lines(), row.placement(),
                    row.printedCode()));
        }
        Map<String, BigDecimal> totals = table.total() == null ? Map.of()
                : amounts(table.columns(), table.total().slot().best(), unit);
        Integer totalLine = table.total() == null ? null : table.total().lines().get(0);
        boolean empty = rows.isEmpty() && totals.values().stream().allMatch(v -> v.signum() == 0);
        return new BudgetTable(frame.type().number(), frame.title(), empty ? TableStatus.EMPTY : TableStatus.PRESENT,
                frame.note(), frame.preparedBy(), frame.headerYear(documentYear), unit, table.columns(), rows, totals,
                totalLine, null, null, lines(frame));
    }

    private static BudgetTable summaryTable(SummaryTable table, int documentYear) {
        TableFrame frame = table.frame();
        String unit = frame.unit();
        List<SummaryItem> items = new ArrayList<>(table.rows().size());
        for (SummaryRow row : table.rows()) {
            items.add(new SummaryItem(row.side(), row.role(), row.label(), row.name(),
                    amounts(row.columns(), row.slot().best(), unit), row.line()));
        }
        return new BudgetTable(frame.type().number(), frame.title(),
                items.isEmpty() ? TableStatus.EMPTY : TableStatus.PRESENT, frame.note(), frame.preparedBy(),
                frame.headerYear(documentYear), unit, table.columns(), null, null, null, items, null, lines(frame));
    }

    private static BudgetTable threePublic(ThreePublicTable table, int documentYear) {
        TableFrame frame = table.frame();
        String unit = frame.unit();
        List<NamedCell> cells = new ArrayList<>();
        if (table.slot() != null) {
            BigDecimal[] values = table.slot().best();
            List<String> printed = printedPerColumn(table, values);
            for (int c = 0; c < table.names().size(); c++) {
                BigDecimal value = values[c];
                BigDecimal tenThousand = "元".equals(unit) ? value.movePointLeft(4) : value;
                cells.add(new NamedCell(table.names().get(c), table.labels().get(c), printed.get(c), tenThousand,
                        Amounts.toYuan(tenThousand, "万元"), table.line()));
            }
        }
        return new BudgetTable(TableType.THREE_PUBLIC.number(), frame.title(),
                cells.isEmpty() ? TableStatus.EMPTY : TableStatus.PRESENT, frame.note(), frame.preparedBy(),
                frame.headerYear(documentYear), unit, table.labels(), null, null, null, null, cells, lines(frame));
    }

    /**
     * The printed text under each column: read directly when the cells were kept, else given back to the
     * columns the placement chose, in order (a column left blank printed nothing).
     */
    private static List<String> printedPerColumn(ThreePublicTable table, BigDecimal[] values) {
        List<String> printed = table.printed();
        if (!table.slot().inferred() && printed.size() == values.length) {
            return printed;
        }
        List<String> perColumn = new ArrayList<>();
        int next = 0;
        for (int c = 0; c < values.length; c++) {
            int remainingColumns = values.length - c;
            int remainingPrinted = printed.size() - next;
            boolean take = next < printed.size() && (remainingPrinted >= remainingColumns
                    || Amounts.parse(printed.get(next)).compareTo(values[c]) == 0 && values[c].signum() != 0);
            perColumn.add(take ? printed.get(next++) : "");
        }
        return perColumn;
    }

    private static Map<String, BigDecimal> amounts(List<String> columns, BigDecimal[] values, String unit) {
        Map<String, BigDecimal> amounts = new LinkedHashMap<>();
        for (int c = 0; c < columns.size() && c < values.length; c++) {
            amounts.put(columns.get(c), Amounts.toYuan(values[c], unit));
        }
        return amounts;
    }

    private static LineRange lines(TableFrame frame) {
        return new LineRange(frame.firstLine(), frame.lastLine());
    }
}
