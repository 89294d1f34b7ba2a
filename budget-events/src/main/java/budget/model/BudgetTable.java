package budget.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One of the nine tables. Code tables (2, 3, 5–8) fill {@code rows} and {@code totals}; the summary tables
 * (1, 4) fill {@code items}; table 9 fills {@code cells}.
 *
 * @param number     1 to 9, see {@link TableType}
 * @param title      the heading as printed, or null when missing
 * @param status     present, present-but-empty, missing
 * @param note       the printed note of an empty table (本表无数据 ...), or null
 * @param preparedBy the printed 编制部门 / 编制单位
 * @param headerYear the year printed in the table's title or header, or null
 * @param unit       the printed unit: 元 or 万元
 * @param columns    the amount column names, in order
 * @param totals     the 合计 row per column, in yuan (empty when the table prints none)
 * @param totalBoxes where each amount of the 合计 row is printed, by column (PDF input only)
 */
public record BudgetTable(
        @JsonProperty("number") int number,
        @JsonProperty("title") String title,
        @JsonProperty("status") TableStatus status,
        @JsonProperty("note") String note,
        @JsonProperty("preparedBy") String preparedBy,
        @JsonProperty("headerYear") Integer headerYear,
        @JsonProperty("unit") String unit,
        @JsonProperty("columns") List<String> columns,
        @JsonProperty("rows") List<TableRow> rows,
        @JsonProperty("totals") Map<String, BigDecimal> totals,
        @JsonProperty("totalLine") Integer totalLine,
        @JsonProperty("items") List<SummaryItem> items,
        @JsonProperty("cells") List<NamedCell> cells,
        @JsonProperty("lines") LineRange lines,
        @JsonProperty("totalBoxes") @JsonInclude(JsonInclude.Include.NON_EMPTY) Map<String, PageBox> totalBoxes) {

    /** A table read from text, which has no page geometry. */
    public BudgetTable(int number, String title, TableStatus status, String note, String preparedBy, Integer headerYear,
                       String unit, List<String> columns, List<TableRow> rows, Map<String, BigDecimal> totals,
                       Integer totalLine, List<SummaryItem> items, List<NamedCell> cells, LineRange lines) {
        this(number, title, status, note, preparedBy, headerYear, unit, columns, rows, totals, totalLine, items, cells,
                lines, null);
    }

    /** The same table with its rows, items and cells located on their pages. */
    public BudgetTable located(List<TableRow> locatedRows, Map<String, PageBox> locatedTotals,
                               List<SummaryItem> locatedItems, List<NamedCell> locatedCells) {
        return new BudgetTable(number, title, status, note, preparedBy, headerYear, unit, columns, locatedRows, totals,
                totalLine, locatedItems, locatedCells, lines, locatedTotals);
    }

    public BudgetTable {
        columns = columns == null ? List.of() : List.copyOf(columns);
        rows = rows == null ? List.of() : List.copyOf(rows);
        totals = totals == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(totals));
        items = items == null ? List.of() : List.copyOf(items);
        cells = cells == null ? List.of() : List.copyOf(cells);
        totalBoxes = totalBoxes == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(totalBoxes));
    }

    public static BudgetTable missing(int number) {
        return new BudgetTable(number, null, TableStatus.MISSING, null, null, null, null,
                TableType.of(number).columns(), null, null, null, null, null, null);
    }

    public TableType type() {
        return TableType.of(number);
    }
}
