package budget.query.analysis;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.math.BigDecimal;

/**
 * A code's change between two years of one department, in one column.
 *
 * @param presence BOTH, ONLY_FROM (dropped) or ONLY_TO (new)
 * @param percent  change relative to the earlier year, 2 decimals; null when the earlier amount is zero or absent
 */
public record LineChange(
        @JsonProperty("code") String code,
        @JsonProperty("name") String name,
        @JsonProperty("presence") String presence,
        @JsonProperty("fromAmount") BigDecimal fromAmount,
        @JsonProperty("toAmount") BigDecimal toAmount,
        @JsonProperty("change") BigDecimal change,
        @JsonProperty("percent") BigDecimal percent,
        @JsonProperty("unit") String unit) {
}
