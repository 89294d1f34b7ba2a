package budget.query.budgets;

import budget.events.DocumentValidated;
import budget.model.BudgetKey;
import budget.query.storage.BsonMapping;
import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
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
