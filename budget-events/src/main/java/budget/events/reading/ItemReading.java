package budget.events.reading;

import budget.events.published.ColumnAligned;
import budget.model.PageBox;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.Collections;
import java.util.List;

/**
 * Where one item of a summary table was read.
 *
 * @param box       where the item (label and amounts) is printed (PDF input only)
 * @param cellBoxes where each amount is printed, one per column of the table (null where none); absent for text
 */
public record ItemReading(
        @JsonProperty("line") int line,
        @JsonProperty("box") @JsonInclude(JsonInclude.Include.NON_NULL) PageBox box,
        @ColumnAligned @JsonProperty("cellBoxes") @JsonInclude(JsonInclude.Include.NON_EMPTY) List<PageBox> cellBoxes) {

    public ItemReading {
        cellBoxes = cellBoxes == null ? List.of() : Collections.unmodifiableList(new java.util.ArrayList<>(cellBoxes));
    }
}
