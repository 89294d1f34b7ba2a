package budget.query.budgets;

import budget.events.DocumentValidated;
import budget.model.BudgetKey;
import budget.events.published.PublishedTable;
import budget.query.storage.BsonMapping;
import budget.support.DuplicateKeys;
import budget.support.PollBatch;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

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
    private final ThreadLocal<NewBudgets> newBudgets = ThreadLocal.withInitial(NewBudgets::new);

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
        return storeAfter(event, null);
    }

    /**
     * Stores the event's version now and returns whether anything changed; or, on a consumer thread processing a
     * poll ({@link PollBatch}), a budget the store does not hold yet is written with the poll's other new budgets
     * before the poll is committed (each view in one bulk write, then the records in one), and empty is returned:
     * {@code whenStored} is told once it is written (the commit waits for it).
     */
    public Optional<Boolean> store(DocumentValidated event, Consumer<Boolean> whenStored) {
        if (!PollBatch.deferring()) {
            return Optional.of(store(event));
        }
        NewBudgets batch = newBudgets.get();
        String id = event.budgetKey().id();
        if (batch.holds(id)) {
            // a later version of a budget new in this poll: the first is written before this one reads it
            batch.writeNow();
        }
        if (find(id).isPresent()) {
            return Optional.of(store(event));
        }
        batch.add(event, BudgetRecord.first(event), whenStored);
        PollBatch.defer(batch);
        return Optional.empty();
    }

    /** {@code attempted}: what an earlier attempt of this write wrote (its views may be in place), or null. */
    private boolean storeAfter(DocumentValidated event, BudgetRecord attempted) {
        String id = event.budgetKey().id();
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

    /**
     * The budgets new to the store in the poll being processed on this thread, written together before the poll's
     * offsets are committed: every view's writes for all of them, then the records in one unordered insert. A record
     * another instance inserted meanwhile (a duplicate key) is stored again the usual way, knowing what this write
     * put in the views; any other failure fails the flush, and the poll is processed again.
     */
    private final class NewBudgets implements PollBatch.Flush {
        private record Pending(DocumentValidated event, BudgetRecord record, RawBsonDocument bson,
                               Consumer<Boolean> whenStored) {
        }

        private final Map<String, Pending> pending = new LinkedHashMap<>();

        boolean holds(String id) {
            return pending.containsKey(id);
        }

        /** Encoded now: a record that cannot be is the event's own failure, not the poll's. */
        void add(DocumentValidated event, BudgetRecord record, Consumer<Boolean> whenStored) {
            pending.put(record.id(), new Pending(event, record, BsonMapping.toBson(record), whenStored));
        }

        @Override
        public void flush() {
            List<Pending> all = new ArrayList<>(pending.values());
            pending.clear();
            write(all);
        }

        /**
         * Writes them now, in the middle of the poll; on a failure they stay pending, so the poll's commit fails
         * too and its records are processed again.
         */
        void writeNow() {
            write(new ArrayList<>(pending.values()));
            pending.clear();
        }

        @Override
        public void discard() {
            pending.clear();
        }

        private void write(List<Pending> all) {
            if (all.isEmpty()) {
                return;
            }
            List<CurrentVersionView.Change> changes = new ArrayList<>(all.size());
            List<RawBsonDocument> records = new ArrayList<>(all.size());
            for (Pending each : all) {
                changes.add(new CurrentVersionView.Change(List.of(), each.record()));
                records.add(each.bson());
            }
            views.forEach(view -> view.write(changes));
            Set<Integer> taken = DuplicateKeys.insertMany(budgetsBson, records);
            for (int i = 0; i < all.size(); i++) {
                Pending each = all.get(i);
                each.whenStored().accept(taken.contains(i) ? storeAfter(each.event(), each.record()) : Boolean.TRUE);
            }
        }
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
        List<CurrentVersionView.Change> change = List.of(new CurrentVersionView.Change(previous, next));
        views.forEach(view -> view.write(change));
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
