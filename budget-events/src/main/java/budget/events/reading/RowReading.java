package budget.events.reading;

import budget.events.published.ColumnAligned;
import budget.model.PageBox;
import budget.model.RowPlacement;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.Collections;
import java.util.List;

/**
 * How one line of a code table was read.
 *
 * @param lines      the 1-based source line(s)
 * @param placement  how its amounts were placed into columns: what decides whether a broken identity is the
 *                   document's error or the reader's doubt
 * @param box        where the line is printed (PDF input only)
 * @param cellBoxes  where each amount is printed, one per column of the table (null for a blank cell); absent for text
 */
public record RowReading(
        @JsonProperty("lines") List<Integer> lines,
        @JsonProperty("placement") RowPlacement placement,
        @JsonProperty("box") @JsonInclude(JsonInclude.Include.NON_NULL) PageBox box,
        @ColumnAligned @JsonProperty("cellBoxes") @JsonInclude(JsonInclude.Include.NON_EMPTY) List<PageBox> cellBoxes) {

    public RowReading {
        lines = lines == null ? List.of() : List.copyOf(lines);
        cellBoxes = cellBoxes == null ? List.of() : Collections.unmodifiableList(new java.util.ArrayList<>(cellBoxes));
    }
}
