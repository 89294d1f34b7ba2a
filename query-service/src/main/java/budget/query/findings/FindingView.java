package budget.query.findings;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.math.BigDecimal;

/** One validation finding of a stored budget, with the budget it belongs to. */
public record FindingView(
        @JsonProperty("departmentKey") String departmentKey,
        @JsonProperty("kind") String kind,
        @JsonProperty("year") int year,
        @JsonProperty("ruleId") String ruleId,
        @JsonProperty("severity") String severity,
        @JsonProperty("location") String location,
        @JsonProperty("expected") BigDecimal expected,
        @JsonProperty("actual") BigDecimal actual,
        @JsonProperty("difference") BigDecimal difference,
        @JsonProperty("unit") String unit,
        @JsonProperty("messageZh") String messageZh,
        @JsonProperty("messageEn") String messageEn) {
}
