package budget.validator.engine;

import budget.model.BudgetTable;
import budget.model.NamedCell;
import budget.model.NarrativeFact;
import budget.model.PageBox;
import budget.model.ParsedBudget;
import budget.model.ProseMark;
import budget.model.SummaryItem;
import budget.model.TableRow;
import budget.model.validation.FindingLocation;
import budget.model.validation.ValidationFinding;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Puts each finding of a budget read from a PDF on its page: the box of the cell a finding names (a row's amount
 * in a column), else of its row, item, table-9 cell, narrative figure or writing slip. Findings of a budget read from text, and
 * findings about no printed place, stay without a box.
 */
public final class FindingBoxes {

    private final ParsedBudget budget;

    private FindingBoxes(ParsedBudget budget) {
        this.budget = budget;
    }

    public static List<ValidationFinding> attach(List<ValidationFinding> findings, ParsedBudget budget) {
        if (!located(budget)) {
            return findings;
        }
        FindingBoxes boxes = new FindingBoxes(budget);
        List<ValidationFinding> out = new ArrayList<>(findings.size());
        for (ValidationFinding finding : findings) {
            PageBox box = boxes.of(finding.location());
            out.add(box == null ? finding : new ValidationFinding(finding.ruleId(), finding.severity(),
                    finding.messageZh(), finding.messageEn(), finding.location().on(box), finding.expected(),
                    finding.actual(), finding.difference(), finding.unit()));
        }
        return out;
    }

    /** Whether anything of the budget carries a page box: only a budget read from a PDF does. */
    private static boolean located(ParsedBudget budget) {
        return budget.facts().stream().anyMatch(f -> f.box() != null)
                || budget.marks().stream().anyMatch(m -> m.box() != null)
                || budget.tables().stream().anyMatch(t -> t.rows().stream().anyMatch(r -> r.box() != null)
                || t.items().stream().anyMatch(i -> i.box() != null));
    }

    private PageBox of(FindingLocation where) {
        if (where.table() != null) {
            BudgetTable table = budget.table(where.table());
            PageBox box = inTable(table, where);
            if (box != null) {
                return box;
            }
        }
        for (int line : where.lines()) {
            PageBox box = atLine(line);
            if (box != null) {
                return box;
            }
        }
        return null;
    }

    private static PageBox inTable(BudgetTable table, FindingLocation where) {
        if (where.code() != null) {
            for (TableRow row : table.rows()) {
                if (row.code().equals(where.code())) {
                    PageBox cell = where.column() == null ? null : row.cellBoxes().get(where.column());
                    return cell != null ? cell : row.box();
                }
            }
        }
        if (where.item() != null) {
            if (Where.TOTAL_ROW.equals(where.item()) && !table.totalBoxes().isEmpty()) {
                PageBox cell = where.column() == null ? null : table.totalBoxes().get(where.column());
                return cell != null ? cell : union(table.totalBoxes().values());
            }
            for (SummaryItem item : table.items()) {
                if (where.item().equals(SummaryTable.nameOf(item)) || where.item().equals(item.label())) {
                    PageBox cell = where.column() == null ? null : item.cellBoxes().get(where.column());
                    return cell != null ? cell : item.box();
                }
            }
            for (NamedCell cell : table.cells()) {
                if (where.item().equals(cell.label()) || where.item().equals(cell.name())) {
                    return cell.box();
                }
            }
        }
        return null;
    }

    /** The first row, item, cell or figure printed on the line. */
    private PageBox atLine(int line) {
        for (BudgetTable table : budget.tables()) {
            for (TableRow row : table.rows()) {
                if (row.lines().contains(line) && row.box() != null) {
                    return row.box();
                }
            }
            for (SummaryItem item : table.items()) {
                if (item.line() == line && item.box() != null) {
                    return item.box();
                }
            }
            for (NamedCell cell : table.cells()) {
                if (cell.line() == line && cell.box() != null) {
                    return cell.box();
                }
            }
            if (Objects.equals(table.totalLine(), line) && !table.totalBoxes().isEmpty()) {
                return union(table.totalBoxes().values());
            }
        }
        for (NarrativeFact fact : budget.facts()) {
            if (fact.line() == line && fact.box() != null) {
                return fact.box();
            }
        }
        for (ProseMark mark : budget.marks()) {
            if (mark.line() == line && mark.box() != null) {
                return mark.box();
            }
        }
        return null;
    }

    private static PageBox union(java.util.Collection<PageBox> boxes) {
        PageBox all = null;
        for (PageBox box : boxes) {
            all = all == null ? box : all.union(box);
        }
        return all;
    }
}
