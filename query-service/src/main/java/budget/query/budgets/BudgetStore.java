package budget.query.budgets;

import budget.events.DocumentValidated;
import budget.model.BudgetKey;
import budget.query.storage.BsonMapping;
import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Aggregates;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import budget.model.BudgetTable;
import org.bson.conversions.Bson;
import java.util.ArrayList;
import java.util.List;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import org.bson.Document;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * The budgets collection: one record per budget key. Writes are read-modify-write conditional on the
 * record's revision, so two instances storing versions of the same budget at once cannot lose either.
 */
@Component
public class BudgetStore {

    private static final int MAX_ATTEMPTS = 10;

    private final MongoCollection<Document> budgets;

    BudgetStore(MongoDatabase database) {
        this.budgets = database.getCollection("budgets");
        budgets.createIndex(Indexes.ascending("departmentKey", "year"), new IndexOptions().name("department_year"));
        budgets.createIndex(Indexes.ascending("year", "status"), new IndexOptions().name("year_status"));
        budgets.createIndex(Indexes.ascending("documentIds"), new IndexOptions().name("document_ids"));
    }

    /** Stores the event's version; returns whether anything changed (false for a redelivery). */
    public boolean store(DocumentValidated event) {
        String id = event.budgetKey().id();
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            Optional<BudgetRecord> existing = find(id);
            if (existing.isEmpty()) {
                if (insert(BudgetRecord.first(event))) {
                    return true;
                }
                continue;
            }
            Optional<BudgetRecord> next = existing.get().apply(event);
            if (next.isEmpty()) {
                return false;
            }
            Document replacement = BsonMapping.toDocument(next.get());
            var result = budgets.replaceOne(
                    Filters.and(Filters.eq("_id", id), Filters.eq("revision", existing.get().revision())), replacement);
            if (result.getMatchedCount() == 1) {
                return true;
            }
        }
        throw new IllegalStateException("budget " + id + " kept changing under concurrent writes; retried "
                + MAX_ATTEMPTS + " times");
    }

    public Optional<BudgetRecord> find(String id) {
        return Optional.ofNullable(budgets.find(Filters.eq("_id", id)).first())
                .map(document -> BsonMapping.fromDocument(document, BudgetRecord.class));
    }

    public Optional<BudgetRecord> find(BudgetKey key) {
        return find(key.id());
    }

    /** One table of the current version, cut out in MongoDB; empty when the budget is unknown. */
    public Optional<BudgetTable> table(BudgetKey key, int number) {
        if (budgets.countDocuments(Filters.eq("_id", key.id())) == 0) {
            return Optional.empty();
        }
        List<Bson> pipeline = List.of(
                Aggregates.match(Filters.eq("_id", key.id())),
                Aggregates.project(Projections.computed("table", "$current.budget.tables")),
                Aggregates.unwind("$table"),
                Aggregates.match(Filters.eq("table.number", number)));
        Document found = budgets.aggregate(pipeline).first();
        return Optional.of(found == null ? BudgetTable.missing(number)
                : BsonMapping.fromDocument(found.get("table", Document.class), BudgetTable.class));
    }

    /** The lines of one code in every code table of the current version. */
    public List<BudgetLine> lines(BudgetKey key, String code) {
        List<Bson> pipeline = List.of(
                Aggregates.match(Filters.eq("_id", key.id())),
                Aggregates.project(Projections.computed("line", "$lines")),
                Aggregates.unwind("$line"),
                Aggregates.match(Filters.eq("line.code", code)));
        List<BudgetLine> out = new ArrayList<>();
        for (Document d : budgets.aggregate(pipeline)) {
            out.add(BsonMapping.fromDocument(d.get("line", Document.class), BudgetLine.class));
        }
        return out;
    }

    private boolean insert(BudgetRecord record) {
        try {
            budgets.insertOne(BsonMapping.toDocument(record));
            return true;
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                return false;
            }
            throw e;
        }
    }
}
