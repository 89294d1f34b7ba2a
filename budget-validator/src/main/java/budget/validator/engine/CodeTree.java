package budget.validator.engine;

import budget.model.BudgetTable;
import budget.model.TableRow;
import budget.model.TableStatus;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The rows of a code table (2, 3, 5–8) as a classification tree: 类 (3 digits) → 款 (+2) → 项 (+2). A row whose
 * direct parent is not printed hangs under its nearest printed ancestor, so a missing 款 never hides a 项.
 * A code printed twice keeps its first row here; the repeats are listed in {@link #duplicates()}.
 */
public final class CodeTree {

    private final BudgetTable table;
    private final Map<String, TableRow> byCode = new LinkedHashMap<>();
    private final List<TableRow> duplicates = new ArrayList<>();
    private final Map<String, TableRow> parents = new LinkedHashMap<>();
    private final Map<String, List<TableRow>> children = new LinkedHashMap<>();
    // the tree never changes once made: its lists are made once, not per call (rules ask for them per row)
    private final List<TableRow> rows;
    private final List<String> codes;
    private final List<TableRow> topLevel;
    private List<String> columns;

    private CodeTree(BudgetTable table) {
        this.table = table;
        for (TableRow row : table.rows()) {
            if (row.code() == null || row.code().isBlank()) {
                continue;
            }
            row = withoutNullCells(row);
            if (byCode.putIfAbsent(row.code(), row) != null) {
                duplicates.add(row);
            }
        }
        for (TableRow row : byCode.values()) {
            nearestAncestor(row.code()).ifPresent(parent -> {
                parents.put(row.code(), parent);
                children.computeIfAbsent(parent.code(), code -> new ArrayList<>()).add(row);
            });
        }
        children.replaceAll((code, rows) -> List.copyOf(rows));
        rows = List.copyOf(byCode.values());
        codes = List.copyOf(byCode.keySet());
        topLevel = rows.stream().filter(row -> !parents.containsKey(row.code())).toList();
    }

    /** A cell present with a null value (a reader's slip) counts as blank, which is zero. */
    private static TableRow withoutNullCells(TableRow row) {
        if (!row.amounts().containsValue(null)) {
            return row;
        }
        Map<String, BigDecimal> amounts = new LinkedHashMap<>();
        row.amounts().forEach((column, value) -> amounts.put(column, Amounts.orZero(value)));
        return new TableRow(row.code(), row.codeParts(), row.name(), row.nameFilled(), amounts, row.lines(),
                row.placement(), row.printedCode());
    }

    public static CodeTree of(BudgetTable table) {
        return new CodeTree(table);
    }

    public BudgetTable table() {
        return table;
    }

    public int number() {
        return table.number();
    }

    public boolean present() {
        return table.status() != TableStatus.MISSING;
    }

    public List<TableRow> rows() {
        return rows;
    }

    public List<String> codes() {
        return codes;
    }

    public List<TableRow> duplicates() {
        return List.copyOf(duplicates);
    }

    public Optional<TableRow> row(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    /** The printed amount of a code in a column; zero when the code or the cell is not printed. */
    public BigDecimal amount(String code, String column) {
        TableRow row = byCode.get(code);
        return row == null ? BigDecimal.ZERO : row.amount(column);
    }

    /** The nearest printed ancestor, or empty for a top-level row. */
    public Optional<TableRow> parentOf(TableRow row) {
        return Optional.ofNullable(parents.get(row.code()));
    }

    public List<TableRow> children(TableRow parent) {
        return children.getOrDefault(parent.code(), List.of());
    }

    /** Rows with no printed ancestor: the 类 rows, which the 合计 row adds up. */
    public List<TableRow> topLevel() {
        return topLevel;
    }

    private Optional<TableRow> nearestAncestor(String code) {
        for (int length = code.length() - 2; length >= 3; length -= 2) {
            TableRow ancestor = byCode.get(code.substring(0, length));
            if (ancestor != null) {
                return Optional.of(ancestor);
            }
        }
        return Optional.empty();
    }

    public boolean hasTotals() {
        return !table.totals().isEmpty();
    }

    /** The 合计 row's amount; where the table prints no 合计 row, the sum of its 类 rows stands in. */
    public BigDecimal total(String column) {
        return hasTotals() ? Amounts.get(table.totals(), column) : Amounts.sum(topLevel(), r -> r.amount(column));
    }

    /** The amount columns to check: the printed ones and the template's, in order. */
    public List<String> columns() {
        if (columns == null) { // made when first asked (a tree is one run's, like its view)
            LinkedHashSet<String> printedAndTemplate = new LinkedHashSet<>(table.columns());
            printedAndTemplate.addAll(table.type().columns());
            columns = List.copyOf(printedAndTemplate);
        }
        return columns;
    }

    /**
     * The name of a code: this table's, else what {@code others} print for the same code, else (for a 类) the
     * classification's name of the code.
     */
    public static String nameOf(String code, List<CodeTree> trees) {
        for (CodeTree tree : trees) {
            Optional<TableRow> row = tree.row(code);
            if (row.isPresent() && row.get().name() != null && !row.get().name().isBlank()) {
                return row.get().name().strip();
            }
        }
        return budget.model.ClassificationNames.className(code).orElse(null);
    }
}
