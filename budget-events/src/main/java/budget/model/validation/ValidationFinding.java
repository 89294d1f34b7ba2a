package budget.model.validation;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.math.BigDecimal;

/**
 * One broken (or merely tolerated) identity.
 *
 * @param ruleId     the stable rule id, e.g. T3.ROW.TOTAL_EQ_BASIC_PLUS_PROJECT
 * @param expected   what the identity says the value should be (yuan unless the unit says otherwise)
 * @param actual     the value printed
 * @param difference actual − expected
 * @param unit       the unit of the three amounts: 元 or 万元
 */
public record ValidationFinding(
        @JsonProperty("ruleId") String ruleId,
        @JsonProperty("severity") Severity severity,
        @JsonProperty("messageZh") String messageZh,
        @JsonProperty("messageEn") String messageEn,
        @JsonProperty("location") FindingLocation location,
        @JsonProperty("expected") BigDecimal expected,
        @JsonProperty("actual") BigDecimal actual,
        @JsonProperty("difference") BigDecimal difference,
        @JsonProperty("unit") String unit) {
}
