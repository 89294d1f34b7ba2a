package budget.query.budgets;

import budget.model.BudgetKey;
import budget.model.BudgetKind;
import budget.query.web.NotFound;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** GET /api/budgets/{departmentKey}/{year}: one budget record, whole. */
@RestController
class BudgetController {

    private final BudgetStore budgets;

    BudgetController(BudgetStore budgets) {
        this.budgets = budgets;
    }

    @GetMapping("/api/budgets/{departmentKey}/{year}")
    BudgetRecord budget(@PathVariable String departmentKey, @PathVariable int year,
                        @RequestParam(defaultValue = "DEPARTMENT") BudgetKind kind) {
        BudgetKey key = new BudgetKey(departmentKey, kind, year);
        return budgets.find(key).orElseThrow(() -> new NotFound(
                "no " + kind.name().toLowerCase() + " budget of " + departmentKey + " for " + year));
    }
}
