package budget.query.analysis;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.math.BigDecimal;

/** A code's amount summed over every department's budget of one year. */
public record CodeSum(
        @JsonProperty("year") int year,
        @JsonProperty("table") int table,
        @JsonProperty("code") String code,
        @JsonProperty("column") String column,
        @JsonProperty("total") BigDecimal total,
        @JsonProperty("departments") int departments,
        @JsonProperty("unit") String unit) {
}
