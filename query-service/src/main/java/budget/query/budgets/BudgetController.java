package budget.query.budgets;

import budget.model.BudgetKey;
import budget.model.BudgetKind;
import budget.events.published.PublishedTable;
import budget.query.web.NotFound;
import budget.query.web.Parameters;
import io.swagger.v3.oas.annotations.Operation;

import java.util.Comparator;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** GET /api/budgets/{departmentKey}/{year}: one budget record, whole. */
@RestController
class BudgetController {

    private final BudgetStore budgets;
    private final BudgetLines lines;

    BudgetController(BudgetStore budgets, BudgetLines lines) {
        this.budgets = budgets;
        this.lines = lines;
    }

    @Operation(summary = "One budget record, whole: current version with its report, and the superseded versions listed")
    @GetMapping("/api/budgets/{departmentKey}/{year}")
    BudgetRecord budget(@PathVariable String departmentKey, @PathVariable int year,
                        @RequestParam(defaultValue = "DEPARTMENT") BudgetKind kind) {
        BudgetKey key = new BudgetKey(departmentKey, kind, year);
        return budgets.find(key).orElseThrow(() -> notFound(key));
    }

    @Operation(summary = "One table of a budget's current version")
    @GetMapping("/api/budgets/{departmentKey}/{year}/tables/{table}")
    PublishedTable table(@PathVariable String departmentKey, @PathVariable int year, @PathVariable int table,
                      @RequestParam(defaultValue = "DEPARTMENT") BudgetKind kind) {
        BudgetKey key = new BudgetKey(departmentKey, kind, year);
        return budgets.table(key, Parameters.table(table)).orElseThrow(() -> notFound(key));
    }

    @Operation(summary = "One line by code (any level) in every code table of a budget's current version")
    @GetMapping("/api/budgets/{departmentKey}/{year}/lines/{code}")
    List<BudgetLine> line(@PathVariable String departmentKey, @PathVariable int year, @PathVariable String code,
                          @RequestParam(defaultValue = "DEPARTMENT") BudgetKind kind) {
        BudgetKey key = new BudgetKey(departmentKey, kind, year);
        String wanted = Parameters.code(code);
        List<BudgetLine> found = lines.find(List.of(key.id()), BudgetLine.CODE_TABLES, wanted).stream()
                .sorted(Comparator.comparingInt(BudgetLine::table)).toList();
        if (found.isEmpty()) {
            throw budgets.exists(key) ? new NotFound("budget " + key.id() + " has no line " + code) : notFound(key);
        }
        return found;
    }

    @Operation(summary = "One version of a budget, whole, by the document id it was read from (current or superseded)")
    @GetMapping("/api/budgets/{departmentKey}/{year}/versions/{documentId}")
    BudgetVersion version(@PathVariable String departmentKey, @PathVariable int year, @PathVariable String documentId,
                          @RequestParam(defaultValue = "DEPARTMENT") BudgetKind kind) {
        BudgetKey key = new BudgetKey(departmentKey, kind, year);
        return budgets.version(key, documentId).orElseThrow(() -> budgets.exists(key)
                ? new NotFound("budget " + key.id() + " has no version read from document " + documentId)
                : notFound(key));
    }

    private static NotFound notFound(BudgetKey key) {
        return new NotFound("no " + key.kind().name().toLowerCase() + " budget of " + key.departmentKey() + " for " + key.year());
    }
}
