package budget.model;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;

/**
 * What the title block and 机构设置 say about the budget.
 *
 * @param departmentPrinted the department exactly as the title block prints it (预算主管部门)
 * @param departmentKey     the normalised department: one key for every spelling of the same department
 * @param departmentCode    a numeric code printed before the name (e.g. 157), or null
 * @param consolidated      whether the name carries （汇总）, a budget consolidated over its units
 * @param region            the region the level belongs to, e.g. 上海市 or 上海市闵行区
 * @param budgetUnits       the budget units listed in 机构设置, in printed order
 * @param titleLine         the 1-based source line of the title
 */
public record BudgetMetadata(
        @JsonProperty("departmentPrinted") String departmentPrinted,
        @JsonProperty("departmentKey") String departmentKey,
        @JsonProperty("departmentCode") String departmentCode,
        @JsonProperty("consolidated") boolean consolidated,
        @JsonProperty("kind") BudgetKind kind,
        @JsonProperty("level") GovernmentLevel level,
        @JsonProperty("region") String region,
        @JsonProperty("year") int year,
        @JsonProperty("budgetUnits") List<String> budgetUnits,
        @JsonProperty("titleLine") int titleLine) {

    public BudgetMetadata {
        budgetUnits = budgetUnits == null ? List.of() : List.copyOf(budgetUnits);
    }

    public BudgetKey key() {
        return new BudgetKey(departmentKey, kind, year);
    }
}
