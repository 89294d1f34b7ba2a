package budget.validator.engine;

import budget.model.BudgetTable;
import budget.model.ParseDiagnostic;
import budget.model.ParsedBudget;
import budget.model.RowPlacement;
import budget.model.TableRow;
import budget.model.validation.FindingLocation;
import budget.validator.RuleDescription;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the reader was not certain of: rows whose columns stayed ambiguous, rows a diagnostic puts in doubt, and
 * tables from which something may be missing. A check that rests on any of them cannot tell a misreading from
 * the document's error, so {@link Findings} reports it as the reader's doubt ({@link #UNCERTAIN_IDENTITY}),
 * never as the document's error.
 */
public final class ReadingDoubts {

    public static final RuleDescription UNCERTAIN_IDENTITY = RuleDescription.warning("PARSE.UNCERTAIN_IDENTITY",
            "读数不确定处的勾稽关系不成立（可能为读取所致，而非文件本身的错误）",
            "Identities that fail where the reader was not certain of the figures (perhaps the reader's misreading, "
                    + "not the document's error)");

    /**
     * One thing the reader was unsure of: the row on a line, or (tableWide) what a line of a table holds and the
     * table may be missing.
     */
    public record Doubt(Integer table, int line, String code, String item, String reason, boolean tableWide) {
    }

    private static final ReadingDoubts NONE = new ReadingDoubts(Map.of(), Map.of(), List.of());

    private final Map<Integer, Doubt> byLine;
    private final Map<Integer, Doubt> byTable;
    private final List<BudgetTable> tables;

    private ReadingDoubts(Map<Integer, Doubt> byLine, Map<Integer, Doubt> byTable, List<BudgetTable> tables) {
        this.byLine = byLine;
        this.byTable = byTable;
        this.tables = tables;
    }

    public static ReadingDoubts none() {
        return NONE;
    }

    public static ReadingDoubts of(ParsedBudget budget) {
        Map<Integer, Doubt> byLine = new HashMap<>();
        Map<Integer, Doubt> byTable = new HashMap<>();
        for (BudgetTable table : budget.tables()) {
            for (TableRow row : table.rows()) {
                if (row.placement() == RowPlacement.AMBIGUOUS) {
                    for (int line : row.lines()) {
                        byLine.putIfAbsent(line, new Doubt(table.number(), line, row.code(), row.name(),
                                "the columns of its amounts could not be determined", false));
                    }
                }
            }
        }
        for (ParseDiagnostic diagnostic : budget.diagnostics()) {
            switch (diagnostic.scope()) {
                case ROW -> byLine.putIfAbsent(diagnostic.line(), new Doubt(diagnostic.table(), diagnostic.line(), null,
                        diagnostic.text(), diagnostic.reason(), false));
                case TABLE -> {
                    if (diagnostic.table() != null) {
                        byTable.putIfAbsent(diagnostic.table(), new Doubt(diagnostic.table(), diagnostic.line(), null,
                                diagnostic.text(), diagnostic.reason(), true));
                    }
                }
                case NOTE -> {
                }
            }
        }
        if (byLine.isEmpty() && byTable.isEmpty()) {
            return NONE;
        }
        return new ReadingDoubts(byLine, byTable, budget.tables());
    }

    /** The doubt a finding at this place rests on, if any: a doubtful line it cites, or a doubtful table it involves. */
    public Optional<Doubt> behind(FindingLocation where) {
        if (byLine.isEmpty() && byTable.isEmpty()) {
            return Optional.empty();
        }
        for (int line : where.lines()) {
            Doubt doubt = byLine.get(line);
            if (doubt != null) {
                return Optional.of(doubt);
            }
        }
        if (where.table() != null && byTable.containsKey(where.table())) {
            return Optional.of(byTable.get(where.table()));
        }
        for (int line : where.lines()) {
            Integer table = tableAt(line);
            if (table != null && byTable.containsKey(table)) {
                return Optional.of(byTable.get(table));
            }
        }
        return Optional.empty();
    }

    private Integer tableAt(int line) {
        for (BudgetTable table : tables) {
            if (table.lines() != null && table.lines().from() <= line && line <= table.lines().to()) {
                return table.number();
            }
        }
        return null;
    }
}
