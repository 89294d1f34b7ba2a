package budget.query.catalog;

import budget.events.EventJson;
import budget.query.budgets.BudgetTotals;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Budget lists, filtered, sorted, paged and projected in MongoDB. */
@Component
class CatalogQueries {

    private static final Bson SUMMARY_FIELDS = Projections.include("departmentKey", "departmentPrinted", "kind", "year",
            "level", "region", "status", "errors", "warnings", "notes", "totals", "current.documentId");

    private final MongoCollection<Document> budgets;

    CatalogQueries(MongoDatabase database) {
        this.budgets = database.getCollection("budgets");
    }

    Page<BudgetSummary> budgets(BudgetFilter filter, int page, int size) {
        Bson query = filter.toBson();
        List<BudgetSummary> items = new ArrayList<>();
        for (Document d : budgets.find(query).projection(SUMMARY_FIELDS)
                .sort(Sorts.ascending("departmentKey", "year", "kind")).skip(page * size).limit(size)) {
            items.add(summary(d));
        }
        return new Page<>(items, page, size, budgets.countDocuments(query));
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
