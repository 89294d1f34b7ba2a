package budget.events.published;

import budget.model.BudgetKey;
import budget.model.BudgetKind;
import budget.model.BudgetMetadata;
import budget.model.GovernmentLevel;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;

/**
 * Who published the budget, for which year, as its title block and 机构设置 say.
 *
 * @param departmentPrinted the department exactly as the title block prints it (预算主管部门)
 * @param departmentKey     the normalised department: one key for every spelling of the same department
 * @param departmentCode    a numeric code printed before the name (e.g. 157), or null
 * @param consolidated      whether the name carries （汇总）, a budget consolidated over its units
 * @param region            the region the level belongs to, e.g. 上海市 or 上海市闵行区
 * @param budgetUnits       the budget units listed in 机构设置, in printed order
 */
public record PublishedMetadata(
        @JsonProperty("departmentPrinted") String departmentPrinted,
        @JsonProperty("departmentKey") String departmentKey,
        @JsonProperty("departmentCode") String departmentCode,
        @JsonProperty("consolidated") boolean consolidated,
        @JsonProperty("kind") BudgetKind kind,
        @JsonProperty("level") GovernmentLevel level,
        @JsonProperty("region") String region,
        @JsonProperty("year") int year,
        @JsonProperty("budgetUnits") List<String> budgetUnits) {

    public PublishedMetadata {
        budgetUnits = budgetUnits == null ? List.of() : List.copyOf(budgetUnits);
    }

    static PublishedMetadata of(BudgetMetadata read) {
        return new PublishedMetadata(read.departmentPrinted(), read.departmentKey(), read.departmentCode(),
                read.consolidated(), read.kind(), read.level(), read.region(), read.year(), read.budgetUnits());
    }

    BudgetMetadata read(int titleLine) {
        return new BudgetMetadata(departmentPrinted, departmentKey, departmentCode, consolidated, kind, level, region,
                year, budgetUnits, titleLine);
    }

    public BudgetKey key() {
        return new BudgetKey(departmentKey, kind, year);
    }
}
