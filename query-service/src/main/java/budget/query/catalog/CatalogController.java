package budget.query.catalog;

import budget.model.BudgetKind;
import budget.model.GovernmentLevel;
import budget.model.validation.ValidationStatus;
import budget.query.web.Parameters;
import io.swagger.v3.oas.annotations.Operation;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** Departments and budget lists. */
@RestController
class CatalogController {

    private final CatalogQueries queries;
    private final DepartmentCatalog departments;

    CatalogController(CatalogQueries queries, DepartmentCatalog departments) {
        this.queries = queries;
        this.departments = departments;
    }

    @Operation(summary = "Departments with budgets: key, printed names, level, region, years and kinds")
    @GetMapping("/api/departments")
    List<DepartmentSummary> departments() {
        return departments.all();
    }

    @Operation(summary = "Budgets with summary fields, filtered by department, year, level, region, status and kind")
    @GetMapping("/api/budgets")
    Page<BudgetSummary> budgets(@RequestParam(required = false) String department,
                                @RequestParam(required = false) Integer year,
                                @RequestParam(required = false) GovernmentLevel level,
                                @RequestParam(required = false) String region,
                                @RequestParam(required = false) ValidationStatus status,
                                @RequestParam(required = false) BudgetKind kind,
                                @RequestParam(defaultValue = "0") int page,
                                @RequestParam(defaultValue = "50") int size) {
        var filter = new CatalogQueries.BudgetFilter(department, year == null ? null : Parameters.year(year),
                level == null ? null : level.name(), region, status == null ? null : status.name(),
                kind == null ? null : kind.name());
        return queries.budgets(filter, Parameters.page(page), Parameters.pageSize(size));
    }
}
