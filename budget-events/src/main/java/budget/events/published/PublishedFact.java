package budget.events.published;

import budget.model.FactKind;
import budget.model.NarrativeFact;
import budget.model.PrintedAmount;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One figure stated in the prose, with what the prose says of its previous year where it says it:
 * {@code 2025年当年预算执行数为X万元，2026年预算安排Y万元，比2025年预算执行数增加Z%} is a previous figure X, the figure Y
 * and a percentage Z; {@code 财政拨款收入Y万元，比2025年预算增加D万元} the figure and a change D.
 *
 * @param kind         what it is about
 * @param label        the subject, project or item name where the kind needs one, else the printed phrase
 * @param amount       the figure as printed
 * @param change       the stated change against the previous year in the figure's unit (signed: 减少 is negative;
 *                     持平 is 0), or null
 * @param comparedYear the year the change is against, or null
 * @param previous     the previous figure the prose states (执行数为X万元), or absent
 * @param percent      the stated change in per cent (signed like {@code change}; unit %), or absent
 * @param basis        what the figure is compared with (the previous year's budget or its execution), or absent when
 *                     the prose does not say
 */
public record PublishedFact(
        @JsonProperty("kind") FactKind kind,
        @JsonProperty("label") String label,
        @JsonProperty("amount") PrintedAmount amount,
        @JsonProperty("change") PrintedAmount change,
        @JsonProperty("comparedYear") Integer comparedYear,
        @JsonProperty("previous") @JsonInclude(JsonInclude.Include.NON_NULL) PrintedAmount previous,
        @JsonProperty("percent") @JsonInclude(JsonInclude.Include.NON_NULL) PrintedAmount percent,
        @JsonProperty("basis") @JsonInclude(JsonInclude.Include.NON_NULL) NarrativeFact.ComparisonBasis basis) {
}
