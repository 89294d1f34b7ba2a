package budget.query.findings;

import budget.model.validation.Severity;
import budget.query.web.Parameters;
import io.swagger.v3.oas.annotations.Operation;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** Validation findings across the stored budgets, by rule, severity, department and year. */
@RestController
class FindingsController {

    private final FindingStore findings;

    FindingsController(FindingStore findings) {
        this.findings = findings;
    }

    @Operation(summary = "Findings of the current versions, filtered by rule, severity, department and year")
    @GetMapping("/api/findings")
    List<FindingView> findings(@RequestParam(required = false) String rule,
                               @RequestParam(required = false) Severity severity,
                               @RequestParam(required = false) String department,
                               @RequestParam(required = false) Integer year,
                               @RequestParam(defaultValue = "200") int limit) {
        return findings.find(rule, severity == null ? null : severity.name(), department,
                year == null ? null : Parameters.year(year), Parameters.pageSize(limit));
    }
}
