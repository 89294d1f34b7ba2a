package budget.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** An inclusive range of 1-based source lines. */
public record LineRange(@JsonProperty("from") int from, @JsonProperty("to") int to) {
}
