package budget.query.catalog;

import budget.events.EventJson;
import budget.query.budgets.BudgetTotals;
import budget.query.storage.Budgets;
import com.mongodb.client.model.Accumulators;
import com.mongodb.client.model.Aggregates;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** What the store holds: departments and budget lists, filtered and projected in MongoDB. */
@Component
class CatalogQueries {

    private static final Bson SUMMARY_FIELDS = Projections.include("departmentKey", "departmentPrinted", "kind", "year",
            "level", "region", "status", "errors", "warnings", "notes", "totals", "current.documentId");

    private final Budgets budgets;

    CatalogQueries(Budgets budgets) {
        this.budgets = budgets;
    }

    List<DepartmentSummary> departments() {
        List<Bson> pipeline = List.of(
                Aggregates.project(Projections.include("departmentKey", "departmentPrinted", "level", "region", "year", "kind")),
                Aggregates.group("$departmentKey",
                        Accumulators.addToSet("printedNames", "$departmentPrinted"),
                        Accumulators.first("level", "$level"),
                        Accumulators.first("region", "$region"),
                        Accumulators.addToSet("years", "$year"),
                        Accumulators.addToSet("kinds", "$kind")),
                Aggregates.sort(Sorts.ascending("_id")));
        return budgets.aggregate(pipeline, d -> new DepartmentSummary(d.getString("_id"),
                d.getList("printedNames", String.class).stream().sorted().toList(), d.getString("level"),
                d.getString("region"), d.getList("years", Integer.class).stream().sorted().toList(),
                d.getList("kinds", String.class).stream().sorted().toList()));
    }

    Page<BudgetSummary> budgets(BudgetFilter filter, int page, int size) {
        Bson query = filter.toBson();
        List<BudgetSummary> items = new ArrayList<>();
        for (Document d : budgets.collection().find(query).projection(SUMMARY_FIELDS)
                .sort(Sorts.ascending("departmentKey", "year", "kind")).skip(page * size).limit(size)) {
            items.add(summary(d));
        }
        return new Page<>(items, page, size, budgets.collection().countDocuments(query));
    }

    private static BudgetSummary summary(Document raw) {
        Document d = budget.query.storage.BsonMapping.plainDocument(raw);
        Document totals = d.get("totals", Document.class);
        return new BudgetSummary(d.getString("_id"), d.getString("departmentKey"), d.getString("departmentPrinted"),
                d.getString("kind"), d.getInteger("year"), d.getString("level"), d.getString("region"),
                d.getString("status"), d.getInteger("errors", 0), d.getInteger("warnings", 0), d.getInteger("notes", 0),
                totals == null ? null : EventJson.mapper().convertValue(new java.util.LinkedHashMap<String, Object>(totals), BudgetTotals.class),
                d.get("current", Document.class).getString("documentId"));
    }

    /** The list filters; each present one is an equality on a stored field. */
    record BudgetFilter(String departmentKey, Integer year, String level, String region, String status, String kind) {

        Bson toBson() {
            List<Bson> filters = new ArrayList<>();
            Map.of("departmentKey", nullToEmpty(departmentKey), "level", nullToEmpty(level), "region", nullToEmpty(region),
                    "status", nullToEmpty(status), "kind", nullToEmpty(kind)).forEach((field, value) -> {
                if (!value.isEmpty()) {
                    filters.add(Filters.eq(field, value));
                }
            });
            if (year != null) {
                filters.add(Filters.eq("year", year));
            }
            return filters.isEmpty() ? new Document() : Filters.and(filters);
        }

        private static String nullToEmpty(String value) {
            return value == null ? "" : value;
        }
    }
}
