package budget.events.reading;

import budget.model.PageBox;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Where one thing was read: its 1-based source line and, from a PDF, its box on the page.
 *
 * @param box absent for text input
 */
public record SourcePlace(
        @JsonProperty("line") int line,
        @JsonProperty("box") @JsonInclude(JsonInclude.Include.NON_NULL) PageBox box) {
}
