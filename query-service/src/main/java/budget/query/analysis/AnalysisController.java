package budget.query.analysis;

import budget.model.BudgetKey;
import budget.model.BudgetKind;
import budget.model.TableType;
import budget.query.web.BadRequest;
import budget.query.web.NotFound;
import budget.query.web.Parameters;
import io.swagger.v3.oas.annotations.Operation;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** Comparisons by classification code: across years, across departments, year on year, sums and rankings. */
@RestController
class AnalysisController {

    private final LineQueries lines;

    AnalysisController(LineQueries lines) {
        this.lines = lines;
    }

    @Operation(summary = "A code's line of one department in every year (time series)")
    @GetMapping("/api/departments/{departmentKey}/series/{code}")
    List<LineAmount> series(@PathVariable String departmentKey, @PathVariable String code,
                            @RequestParam(defaultValue = "3") int table,
                            @RequestParam(defaultValue = "DEPARTMENT") BudgetKind kind) {
        requireDepartment(departmentKey, kind);
        return lines.series(departmentKey, kind, Parameters.codeTable(table), Parameters.code(code));
    }

    @Operation(summary = "A code's line in every department's budget of one year")
    @GetMapping("/api/years/{year}/codes/{code}")
    List<LineAmount> across(@PathVariable int year, @PathVariable String code,
                            @RequestParam(defaultValue = "3") int table,
                            @RequestParam(defaultValue = "DEPARTMENT") BudgetKind kind) {
        return lines.across(Parameters.year(year), kind, Parameters.codeTable(table), Parameters.code(code));
    }

    @Operation(summary = "A code's column summed over every department of one year")
    @GetMapping("/api/years/{year}/codes/{code}/sum")
    CodeSum sum(@PathVariable int year, @PathVariable String code,
                @RequestParam(defaultValue = "3") int table,
                @RequestParam(defaultValue = TableType.Columns.TOTAL) String column,
                @RequestParam(defaultValue = "DEPARTMENT") BudgetKind kind) {
        int t = Parameters.codeTable(table);
        return lines.sum(Parameters.year(year), kind, t, Parameters.code(code), Parameters.column(t, column));
    }

    @Operation(summary = "The top N departments for a code in one year, by a column")
    @GetMapping("/api/years/{year}/codes/{code}/top")
    List<LineAmount> top(@PathVariable int year, @PathVariable String code,
                         @RequestParam(defaultValue = "10") int n,
                         @RequestParam(defaultValue = "3") int table,
                         @RequestParam(defaultValue = TableType.Columns.TOTAL) String column,
                         @RequestParam(defaultValue = "DEPARTMENT") BudgetKind kind) {
        int t = Parameters.codeTable(table);
        if (n < 1 || n > Parameters.MAX_PAGE_SIZE) {
            throw new BadRequest("n", "must be between 1 and " + Parameters.MAX_PAGE_SIZE);
        }
        return lines.top(Parameters.year(year), kind, t, Parameters.code(code), Parameters.column(t, column), n);
    }

    @Operation(summary = "Year-on-year change per code between two years of one department "
            + "(without from: against the latest year held before to; none held before it: no changes)")
    @GetMapping("/api/departments/{departmentKey}/changes")
    List<LineChange> changes(@PathVariable String departmentKey, @RequestParam(required = false) Integer from,
                             @RequestParam int to,
                             @RequestParam(defaultValue = "3") int table,
                             @RequestParam(defaultValue = TableType.Columns.TOTAL) String column,
                             @RequestParam(defaultValue = "DEPARTMENT") BudgetKind kind) {
        int t = Parameters.codeTable(table);
        List<Integer> years = requireDepartment(departmentKey, kind);
        if (from == null) {
            Integer before = years.stream().filter(y -> y < to).max(Integer::compare).orElse(null);
            if (before == null) {
                Parameters.year(to);
                return List.of(); // nothing held before it: no change to tell (the first year of a department)
            }
            from = before;
        }
        for (int year : List.of(Parameters.year(from), Parameters.year(to))) {
            if (!years.contains(year)) {
                throw new NotFound("no " + kind.name().toLowerCase() + " budget of " + departmentKey + " for " + year
                        + "; years held: " + years);
            }
        }
        return lines.changes(departmentKey, kind, t, Parameters.column(t, column), from, to);
    }

    @Operation(summary = "A department's budget by function class (table 3) or economic class (table 8)")
    @GetMapping("/api/budgets/{departmentKey}/{year}/breakdown")
    List<LineAmount> breakdown(@PathVariable String departmentKey, @PathVariable int year,
                               @RequestParam(defaultValue = "function") String by,
                               @RequestParam(defaultValue = "DEPARTMENT") BudgetKind kind) {
        BudgetKey key = new BudgetKey(departmentKey, kind, Parameters.year(year));
        return lines.breakdown(key, breakdownTable(by)).orElseThrow(() -> noBudget(key));
    }

    @Operation(summary = "A department's budget by class at every level (类, 款, 项), with parents and shares of the total")
    @GetMapping("/api/budgets/{departmentKey}/{year}/classes")
    List<ClassLine> classes(@PathVariable String departmentKey, @PathVariable int year,
                            @RequestParam(defaultValue = "function") String by,
                            @RequestParam(defaultValue = "DEPARTMENT") BudgetKind kind) {
        BudgetKey key = new BudgetKey(departmentKey, kind, Parameters.year(year));
        return lines.classes(key, breakdownTable(by)).orElseThrow(() -> noBudget(key));
    }

    @Operation(summary = "A code's line in every department's budget of every year (one series per department)")
    @GetMapping("/api/codes/{code}/series")
    List<LineAmount> everywhere(@PathVariable String code, @RequestParam(defaultValue = "3") int table,
                                @RequestParam(defaultValue = "DEPARTMENT") BudgetKind kind) {
        return lines.everywhere(kind, Parameters.codeTable(table), Parameters.code(code));
    }

    private static NotFound noBudget(BudgetKey key) {
        return new NotFound("no " + key.kind().name().toLowerCase() + " budget of " + key.departmentKey() + " for " + key.year());
    }

    private static int breakdownTable(String by) {
        return switch (by) {
            case "function" -> 3;
            case "economic" -> 8;
            default -> throw new BadRequest("by", "'" + by + "' is not 'function' or 'economic'");
        };
    }

    private List<Integer> requireDepartment(String departmentKey, BudgetKind kind) {
        List<Integer> years = lines.years(departmentKey, kind);
        if (years.isEmpty()) {
            throw new NotFound("no " + kind.name().toLowerCase() + " budget of " + departmentKey);
        }
        return years;
    }
}
