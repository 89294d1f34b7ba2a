package budget.query.catalog;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;

/** One page of a list, with the total count of matches. */
public record Page<T>(
        @JsonProperty("items") List<T> items,
        @JsonProperty("page") int page,
        @JsonProperty("size") int size,
        @JsonProperty("total") long total) {
}
