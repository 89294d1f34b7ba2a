package budget.query.findings;

import budget.events.EventJson;
import budget.model.validation.FindingLocation;
import budget.model.validation.Severity;
import budget.query.storage.Budgets;
import budget.query.web.Parameters;
import com.mongodb.client.model.Aggregates;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import io.swagger.v3.oas.annotations.Operation;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;

/** Validation findings across the stored budgets, by rule, severity, department and year. */
@RestController
class FindingsController {

    private final Budgets budgets;

    FindingsController(Budgets budgets) {
        this.budgets = budgets;
    }

    @Operation(summary = "Findings of the current versions, filtered by rule, severity, department and year")
    @GetMapping("/api/findings")
    List<FindingView> findings(@RequestParam(required = false) String rule,
                               @RequestParam(required = false) Severity severity,
                               @RequestParam(required = false) String department,
                               @RequestParam(required = false) Integer year,
                               @RequestParam(defaultValue = "200") int limit) {
        List<Bson> budgetFilters = new ArrayList<>();
        if (department != null) {
            budgetFilters.add(Filters.eq("departmentKey", department));
        }
        if (year != null) {
            budgetFilters.add(Filters.eq("year", Parameters.year(year)));
        }
        List<Bson> findingFilters = new ArrayList<>();
        if (rule != null) {
            findingFilters.add(Filters.eq("finding.ruleId", rule));
        }
        if (severity != null) {
            findingFilters.add(Filters.eq("finding.severity", severity.name()));
        }
        List<Bson> pipeline = new ArrayList<>();
        if (!budgetFilters.isEmpty()) {
            pipeline.add(Aggregates.match(Filters.and(budgetFilters)));
        }
        pipeline.add(Aggregates.project(Projections.fields(Projections.include("departmentKey", "kind", "year"),
                Projections.computed("finding", "$current.report.findings"))));
        pipeline.add(Aggregates.unwind("$finding"));
        if (!findingFilters.isEmpty()) {
            pipeline.add(Aggregates.match(Filters.and(findingFilters)));
        }
        pipeline.add(Aggregates.limit(Parameters.pageSize(limit)));
        return budgets.aggregate(pipeline, FindingsController::view);
    }

    private static FindingView view(Document d) {
        Document f = d.get("finding", Document.class);
        Document location = f.get("location", Document.class);
        String where = location == null ? "" : EventJson.mapper()
                .convertValue(new LinkedHashMap<String, Object>(location), FindingLocation.class).describe();
        return new FindingView(d.getString("departmentKey"), d.getString("kind"), d.getInteger("year"),
                f.getString("ruleId"), f.getString("severity"), where, (BigDecimal) f.get("expected"),
                (BigDecimal) f.get("actual"), (BigDecimal) f.get("difference"), f.getString("unit"),
                f.getString("messageZh"), f.getString("messageEn"));
    }
}
