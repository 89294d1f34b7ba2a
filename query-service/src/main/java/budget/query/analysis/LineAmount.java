package budget.query.analysis;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.math.BigDecimal;
import java.util.Map;

/**
 * One code line of one budget: whose, which year, and its amounts in yuan.
 */
public record LineAmount(
        @JsonProperty("departmentKey") String departmentKey,
        @JsonProperty("departmentPrinted") String departmentPrinted,
        @JsonProperty("year") int year,
        @JsonProperty("table") int table,
        @JsonProperty("code") String code,
        @JsonProperty("name") String name,
        @JsonProperty("amounts") Map<String, BigDecimal> amounts,
        @JsonProperty("unit") String unit) {
}
