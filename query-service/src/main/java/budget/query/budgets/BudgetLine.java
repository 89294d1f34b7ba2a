package budget.query.budgets;

import budget.model.BudgetKind;
import budget.model.TableType;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * One code-table row of a budget's current version, with the budget it belongs to.
 *
 * @param table     2, 3, 5, 6, 7 or 8
 * @param code      the full code, e.g. 2080505
 * @param level     1 (类), 2 (款) or 3 (项)
 * @param classCode the 类 the line belongs to (its first three digits)
 * @param amounts   column → yuan
 */
public record BudgetLine(
        @JsonProperty("budgetId") String budgetId,
        @JsonProperty("departmentKey") String departmentKey,
        @JsonProperty("departmentPrinted") String departmentPrinted,
        @JsonProperty("kind") BudgetKind kind,
        @JsonProperty("year") int year,
        @JsonProperty("table") int table,
        @JsonProperty("code") String code,
        @JsonProperty("level") int level,
        @JsonProperty("classCode") String classCode,
        @JsonProperty("name") String name,
        @JsonProperty("amounts") Map<String, BigDecimal> amounts) {

    /** The code tables, in the order a line of any level is looked for. */
    public static final List<Integer> CODE_TABLES = Arrays.stream(TableType.values())
            .filter(type -> type.shape() == TableType.Shape.CODE).map(TableType::number).toList();
}
