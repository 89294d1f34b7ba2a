package budget.validator.engine;

import budget.model.BudgetTable;
import budget.model.NamedCell;
import budget.model.TableStatus;
import budget.validator.engine.Precision.Printed;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** Table 9: the 三公 cells and 机关运行经费, printed in 万元. */
public final class ThreePublicTable {

    private final BudgetTable table;

    private ThreePublicTable(BudgetTable table) {
        this.table = table;
    }

    public static ThreePublicTable of(BudgetTable table) {
        return new ThreePublicTable(table);
    }

    /** Whether the table prints its row at all (a blank cell inside a printed row is a zero). */
    public boolean present() {
        return table.status() != TableStatus.MISSING && !table.cells().isEmpty();
    }

    public Optional<NamedCell> cell(String name) {
        return table.cells().stream().filter(c -> name.equals(c.name())).findFirst();
    }

    /** The cell as printed; a cell left blank reads as 0.00. */
    public Printed printed(String name) {
        return cell(name).map(c -> Printed.ofText(c.printed(), c.tenThousandYuan()))
                .orElse(Printed.ofText("0.00", BigDecimal.ZERO));
    }

    /** The printed heading of a cell, else its stable name. */
    public String label(String name) {
        return cell(name).map(NamedCell::label).filter(l -> l != null && !l.isBlank()).orElse(name);
    }

    public List<Integer> lines(String... names) {
        return Arrays.stream(names).map(this::cell).flatMap(Optional::stream)
                .map(NamedCell::line).filter(l -> l > 0).distinct().toList();
    }
}
