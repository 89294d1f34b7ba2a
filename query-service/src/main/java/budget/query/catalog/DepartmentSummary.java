package budget.query.catalog;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;

/** A department the store holds budgets of: every printed spelling, its level and region, years and kinds. */
public record DepartmentSummary(
        @JsonProperty("departmentKey") String departmentKey,
        @JsonProperty("printedNames") List<String> printedNames,
        @JsonProperty("level") String level,
        @JsonProperty("region") String region,
        @JsonProperty("years") List<Integer> years,
        @JsonProperty("kinds") List<String> kinds) {
}
