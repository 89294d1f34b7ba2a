package budget.query.budgets;

import budget.model.BudgetTable;
import budget.model.ParsedBudget;
import budget.model.TableRow;
import budget.model.TableType;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * One code-table row of the current version, flattened onto the record so that MongoDB can match, unwind
 * and sum lines by code across budgets without reading whole documents into Java.
 *
 * @param table     2, 3, 5, 6, 7 or 8
 * @param code      the full code, e.g. 2080505
 * @param level     1 (类), 2 (款) or 3 (项)
 * @param classCode the 类 the line belongs to (its first three digits)
 * @param amounts   column → yuan
 */
public record BudgetLine(
        @JsonProperty("table") int table,
        @JsonProperty("code") String code,
        @JsonProperty("level") int level,
        @JsonProperty("classCode") String classCode,
        @JsonProperty("name") String name,
        @JsonProperty("amounts") Map<String, BigDecimal> amounts) {

    static List<BudgetLine> of(ParsedBudget budget) {
        return budget.tables().stream()
                .filter(table -> table.type().shape() == TableType.Shape.CODE)
                .flatMap(table -> table.rows().stream().map(row -> of(table, row)))
                .toList();
    }

    private static BudgetLine of(BudgetTable table, TableRow row) {
        return new BudgetLine(table.number(), row.code(), row.level(), row.code().substring(0, Math.min(3, row.code().length())),
                row.name(), row.amounts());
    }
}
