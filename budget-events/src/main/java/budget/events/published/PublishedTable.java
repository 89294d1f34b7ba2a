package budget.events.published;

import budget.model.TableStatus;
import budget.model.TableType;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One of the nine tables. Its columns are named once, here; every line's amounts follow them in order. Code tables
 * (2, 3, 5–8) fill {@code rows} and {@code totals}; the summary tables (1, 4) fill {@code items}; table 9 fills
 * {@code cells}.
 *
 * @param number     1 to 9, see {@link TableType}
 * @param title      the heading as printed, or null when missing
 * @param status     present, present-but-empty, missing
 * @param note       the printed note of an empty table (本表无数据 ...), or null
 * @param preparedBy the printed 编制部门 / 编制单位
 * @param headerYear the year printed in the table's title or header, or null
 * @param unit       the printed unit: 元 or 万元 (amounts are in yuan whatever it is)
 * @param columns    the amount column names, in order
 * @param totals     the 合计 line, one amount per column (null where it prints none); empty when the table prints no
 *                   合计 line
 */
public record PublishedTable(
        @JsonProperty("number") int number,
        @JsonProperty("title") String title,
        @JsonProperty("status") TableStatus status,
        @JsonProperty("note") String note,
        @JsonProperty("preparedBy") String preparedBy,
        @JsonProperty("headerYear") Integer headerYear,
        @JsonProperty("unit") String unit,
        @JsonProperty("columns") List<String> columns,
        @JsonProperty("rows") List<PublishedRow> rows,
        @ColumnAligned @JsonProperty("totals") List<BigDecimal> totals,
        @JsonProperty("items") List<PublishedItem> items,
        @JsonProperty("cells") List<PublishedCell> cells) {

    public PublishedTable {
        columns = columns == null ? List.of() : List.copyOf(columns);
        rows = rows == null ? List.of() : List.copyOf(rows);
        totals = totals == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(totals));
        items = items == null ? List.of() : List.copyOf(items);
        cells = cells == null ? List.of() : List.copyOf(cells);
    }

    public static PublishedTable missing(int number) {
        return new PublishedTable(number, null, TableStatus.MISSING, null, null, null, null,
                TableType.of(number).columns(), null, null, null, null);
    }

    public TableType type() {
        return TableType.of(number);
    }

    /** A line's amount in a column: 0 for a blank cell or a column the line has no amount in, or the table lacks. */
    public BigDecimal amount(List<BigDecimal> amounts, String column) {
        int at = columns.indexOf(column);
        BigDecimal amount = at < 0 || at >= amounts.size() ? null : amounts.get(at);
        return amount == null ? BigDecimal.ZERO : amount;
    }

    /** The 合计 line's amount in a column, when the table prints one there. */
    public Optional<BigDecimal> total(String column) {
        int at = columns.indexOf(column);
        return at < 0 || at >= totals.size() ? Optional.empty() : Optional.ofNullable(totals.get(at));
    }

    /**
     * One value per column (a line's amounts, their page boxes) by column name, in the table's order, leaving out
     * the columns without one.
     */
    public <T> Map<String, T> byColumn(List<T> values) {
        Map<String, T> out = new LinkedHashMap<>();
        for (int i = 0; i < Math.min(columns.size(), values.size()); i++) {
            if (values.get(i) != null) {
                out.put(columns.get(i), values.get(i));
            }
        }
        return out;
    }
}
