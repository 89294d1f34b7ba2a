package budget.query.findings;

import budget.events.EventJson;
import budget.model.validation.FindingLocation;
import budget.model.validation.ValidationFinding;
import budget.query.budgets.BudgetRecord;
import budget.query.budgets.CurrentVersionView;
import budget.query.storage.BsonMapping;
import budget.query.storage.WritesById;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;

/**
 * The findings collection: every finding of every current version, one document each with the budget it
 * belongs to, so findings are filtered across budgets without reading budget records.
 */
@Component
class FindingStore implements CurrentVersionView {

    private final MongoCollection<Document> findings;

    FindingStore(MongoDatabase database) {
        this.findings = database.getCollection("findings");
        findings.createIndex(Indexes.ascending("finding.ruleId"), new IndexOptions().name("rule"));
        findings.createIndex(Indexes.ascending("finding.severity"), new IndexOptions().name("severity"));
        findings.createIndex(Indexes.ascending("departmentKey", "year"), new IndexOptions().name("department_year"));
    }

    @Override
    public void write(List<Change> changes) {
        WritesById<Document> writes = new WritesById<>();
        Set<String> stale = new HashSet<>();
        for (Change change : changes) {
            BudgetRecord next = change.next();
            List<ValidationFinding> current = next.current().report().findings();
            for (int i = 0; i < current.size(); i++) {
                Document stored = new Document("_id", id(next, i)).append("budgetId", next.id())
                        .append("departmentKey", next.departmentKey()).append("kind", next.kind().name())
                        .append("year", next.year()).append("position", i)
                        .append("finding", BsonMapping.toBson(current.get(i)));
                // a budget new to the store has no findings yet (unless an interrupted attempt wrote them)
                writes.add(stored.get("_id"), stored, change.previous().isEmpty());
            }
            for (BudgetRecord record : change.previous()) {
                for (int i = current.size(); i < record.current().report().findings().size(); i++) {
                    stale.add(id(record, i));
                }
            }
        }
        writes.writeTo(findings);
        if (!stale.isEmpty()) {
            findings.deleteMany(Filters.in("_id", stale));
        }
    }

    /** Findings matching every given filter (null = any), in budget and report order, at most {@code limit}. */
    List<FindingView> find(String ruleId, String severity, String departmentKey, Integer year, int limit) {
        List<Bson> filters = new ArrayList<>();
        if (ruleId != null) {
            filters.add(Filters.eq("finding.ruleId", ruleId));
        }
        if (severity != null) {
            filters.add(Filters.eq("finding.severity", severity));
        }
        if (departmentKey != null) {
            filters.add(Filters.eq("departmentKey", departmentKey));
        }
        if (year != null) {
            filters.add(Filters.eq("year", year));
        }
        List<FindingView> out = new ArrayList<>();
        for (Document d : findings.find(filters.isEmpty() ? new Document() : Filters.and(filters))
                .sort(Sorts.ascending("budgetId", "position")).limit(limit)) {
            out.add(view(BsonMapping.plainDocument(d)));
        }
        return out;
    }

    private static String id(BudgetRecord record, int position) {
        return record.id() + "|" + position;
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
