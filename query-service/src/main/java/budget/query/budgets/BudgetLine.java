package budget.query.budgets;

import budget.model.BudgetKind;
import budget.model.BudgetTable;
import budget.model.TableRow;
import budget.model.TableType;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * One code-table row of a budget's current version, stored on its own in budget_lines so that a code can
 * be looked up, compared and summed across budgets without reading whole budget records.
 *
 * @param id        {@code <budget id>|<table>|<code>}: known in advance, so comparisons fetch lines by id
 * @param table     2, 3, 5, 6, 7 or 8
 * @param code      the full code, e.g. 2080505
 * @param level     1 (类), 2 (款) or 3 (项)
 * @param classCode the 类 the line belongs to (its first three digits)
 * @param amounts   column → yuan
 */
public record BudgetLine(
        @JsonProperty("_id") String id,
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
    public static final List<Integer> CODE_TABLES = java.util.Arrays.stream(TableType.values())
            .filter(type -> type.shape() == TableType.Shape.CODE).map(TableType::number).toList();

    public static String id(String budgetId, int table, String code) {
        return budgetId + "|" + table + "|" + code;
    }

    static List<BudgetLine> of(BudgetRecord record) {
        return record.current().budget().tables().stream()
                .filter(table -> table.type().shape() == TableType.Shape.CODE)
                .flatMap(table -> table.rows().stream().map(row -> of(record, table, row)))
                .toList();
    }

    private static BudgetLine of(BudgetRecord record, BudgetTable table, TableRow row) {
        return new BudgetLine(id(record.id(), table.number(), row.code()), record.id(), record.departmentKey(),
                record.departmentPrinted(), record.kind(), record.year(), table.number(), row.code(), row.level(),
                row.code().substring(0, Math.min(3, row.code().length())), row.name(), row.amounts());
    }
}
