package budget.query.budgets;

import budget.events.DocumentValidated;
import budget.model.BudgetKey;
import budget.events.published.PublishedTable;
import budget.query.storage.BsonMapping;
import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.ReplaceOptions;
import org.bson.Document;
import org.bson.RawBsonDocument;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The budgets collection (one record per budget key) and budget_versions (superseded versions, whole, by
 * document id). Record writes are conditional on the record's revision, so two instances storing versions
 * of the same budget at once cannot lose either; the derived views are rewritten before each record write.
 */
@Component
public class BudgetStore {

    private static final int MAX_ATTEMPTS = 10;

    private final MongoCollection<Document> budgets;
    private final MongoCollection<Document> versions;
    // the same collections, records written and read as BSON bytes ({@link BsonMapping})
    private final MongoCollection<RawBsonDocument> budgetsBson;
    private final MongoCollection<RawBsonDocument> versionsBson;
    private final List<CurrentVersionView> views;

    BudgetStore(MongoDatabase database, List<CurrentVersionView> views) {
        this.budgets = database.getCollection("budgets");
        this.versions = database.getCollection("budget_versions");
        this.views = views;
        this.budgetsBson = budgets.withDocumentClass(RawBsonDocument.class);
        this.versionsBson = versions.withDocumentClass(RawBsonDocument.class);
        // unique by construction (the _id is); it lets even a server without secondary indexes find the
        // record of a conditional write by index instead of by a scan
        budgets.createIndex(Indexes.ascending("_id", "revision"), new IndexOptions().name("id_revision").unique(true));
        budgets.createIndex(Indexes.ascending("departmentKey", "year"), new IndexOptions().name("department_year"));
        budgets.createIndex(Indexes.ascending("year", "status"), new IndexOptions().name("year_status"));
        versions.createIndex(Indexes.ascending("budgetId"), new IndexOptions().name("budget"));
        StoredBudgetUpgrade.run(database, budgets, versions);
    }

    /** Stores the event's version; returns whether anything changed (false for a redelivery). */
    public boolean store(DocumentValidated event) {
        String id = event.budgetKey().id();
        BudgetRecord attempted = null;
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            BudgetRecord existing = find(id).orElse(null);
            List<BudgetRecord> previous = new ArrayList<>(2);
            if (existing != null) {
                previous.add(existing);
            }
            if (attempted != null) {
                previous.add(attempted);
            }
            if (existing == null) {
                attempted = BudgetRecord.first(event);
                writeViews(previous, attempted);
                if (insert(attempted)) {
                    return true;
                }
                continue;
            }
            Optional<BudgetRecord.Change> change = existing.apply(event);
            if (change.isEmpty()) {
                return false;
            }
            BudgetRecord next = change.get().next();
            if (change.get().superseded() != null) {
                versionsBson.replaceOne(Filters.eq("_id", change.get().superseded().documentId()),
                        BsonMapping.toBson(change.get().superseded(), "budgetId", id),
                        new ReplaceOptions().upsert(true));
            }
            // a retry may follow a concurrent write whose views this one's earlier attempt overwrote
            if (change.get().currentChanged(existing) || attempted != null) {
                writeViews(previous, next);
            }
            attempted = next;
            // a plain document, not Filters.and (which renders $and): the embedded server matches only the
            // plain form against the (_id, revision) index
            var result = budgetsBson.replaceOne(new Document("_id", id).append("revision", existing.revision()),
                    BsonMapping.toBson(next));
            if (result.getMatchedCount() == 1) {
                return true;
            }
        }
        throw new Contended("budget " + id + " kept changing under concurrent writes; retried " + MAX_ATTEMPTS
                + " times");
    }

    /** Other instances kept writing the record: nothing wrong with the event, so it is worth trying again. */
    static final class Contended extends IllegalStateException {
        Contended(String message) {
            super(message);
        }
    }

    public Optional<BudgetRecord> find(String id) {
        return Optional.ofNullable(budgetsBson.find(Filters.eq("_id", id)).first()).map(document -> {
            try {
                return BsonMapping.fromBson(document, BudgetRecord.class);
            } catch (RuntimeException e) {
                throw new Unreadable("the stored record " + id + " cannot be read: " + e.getMessage(), e);
            }
        });
    }

    /**
     * A stored record that cannot be read (written by another release, or damaged): the store's fault, not the
     * event's, so a version waiting for it is retried and dead-lettered, and replayed once the record is repaired.
     */
    static final class Unreadable extends IllegalStateException {
        Unreadable(String message, Throwable cause) {
            // not its cause: the binder names the innermost cause in the dead letter's reason, and it is this
            // message that says which record; and a mapping exception as cause would make it look malformed input
            super(message);
            addSuppressed(cause);
        }
    }

    public Optional<BudgetRecord> find(BudgetKey key) {
        return find(key.id());
    }

    public boolean exists(BudgetKey key) {
        return budgets.find(Filters.eq("_id", key.id())).projection(Projections.include("_id")).first() != null;
    }

    /** One version whole: the current one or a superseded one, by document id. */
    public Optional<BudgetVersion> version(BudgetKey key, String documentId) {
        Optional<BudgetRecord> record = find(key);
        if (record.isEmpty() || !record.get().documentIds().contains(documentId)) {
            return Optional.empty();
        }
        if (record.get().current().documentId().equals(documentId)) {
            return Optional.of(record.get().current());
        }
        // its budgetId is not a field of the version, so the reading passes over it
        return Optional.ofNullable(versionsBson.find(Filters.eq("_id", documentId)).first())
                .map(document -> BsonMapping.fromBson(document, BudgetVersion.class));
    }

    /** One table of the current version; empty when the budget is unknown. */
    public Optional<PublishedTable> table(BudgetKey key, int number) {
        return tables(List.of(key.id()), number).stream().findFirst().map(TableOfBudget::table);
    }

    /** One table of the current version of each of these budgets that exists. */
    public List<TableOfBudget> tables(Collection<String> ids, int number) {
        List<TableOfBudget> out = new ArrayList<>();
        // projected to the tables; the one wanted is picked here, since MongoDB cannot $elemMatch-project a
        // nested array
        for (Document d : budgets.find(Filters.in("_id", ids)).projection(
                Projections.include("departmentKey", "departmentPrinted", "year", "current.budget.tables"))) {
            PublishedTable table = d.getEmbedded(List.of("current", "budget", "tables"), List.<Document>of()).stream()
                    .filter(t -> t.getInteger("number") == number).findFirst()
                    .map(t -> BsonMapping.fromDocument(t, PublishedTable.class))
                    .orElse(PublishedTable.missing(number));
            out.add(new TableOfBudget(d.getString("_id"), d.getString("departmentKey"), d.getString("departmentPrinted"),
                    d.getInteger("year"), table));
        }
        return out;
    }

    /** A table with the budget it belongs to. */
    public record TableOfBudget(String budgetId, String departmentKey, String departmentPrinted, int year,
                                PublishedTable table) {
    }

    private void writeViews(List<BudgetRecord> previous, BudgetRecord next) {
        views.forEach(view -> view.write(previous, next));
    }

    private boolean insert(BudgetRecord record) {
        try {
            budgetsBson.insertOne(BsonMapping.toBson(record));
            return true;
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                return false;
            }
            throw e;
        }
    }
}
