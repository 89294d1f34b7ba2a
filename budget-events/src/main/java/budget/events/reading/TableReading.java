package budget.events.reading;

import budget.model.LineRange;
import budget.events.published.ColumnAligned;
import budget.model.PageBox;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.Collections;
import java.util.List;

/**
 * How one table was read; its lists follow the published table's, one entry per row, item and cell.
 *
 * @param number     the table, 1 to 9
 * @param lines      the source lines the table spans, or null when it was not found
 * @param totalLine  the source line of its 合计 row, or null
 * @param totalBoxes where each amount of the 合计 row is printed, one per column (PDF input only)
 */
public record TableReading(
        @JsonProperty("number") int number,
        @JsonProperty("lines") LineRange lines,
        @JsonProperty("totalLine") Integer totalLine,
        @ColumnAligned @JsonProperty("totalBoxes") @JsonInclude(JsonInclude.Include.NON_EMPTY) List<PageBox> totalBoxes,
        @JsonProperty("rows") @JsonInclude(JsonInclude.Include.NON_EMPTY) List<RowReading> rows,
        @JsonProperty("items") @JsonInclude(JsonInclude.Include.NON_EMPTY) List<ItemReading> items,
        @JsonProperty("cells") @JsonInclude(JsonInclude.Include.NON_EMPTY) List<SourcePlace> cells) {

    public TableReading {
        totalBoxes = totalBoxes == null ? List.of() : Collections.unmodifiableList(new java.util.ArrayList<>(totalBoxes));
        rows = rows == null ? List.of() : List.copyOf(rows);
        items = items == null ? List.of() : List.copyOf(items);
        cells = cells == null ? List.of() : List.copyOf(cells);
    }
}
