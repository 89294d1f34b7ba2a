package budget.query.budgets;

import budget.events.published.Publication;
import budget.model.ParsedBudget;
import budget.query.storage.BsonMapping;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Records stored by a release whose budgets were the reader's model (validated events of schema version 1: source
 * lines, page boxes and placements among the figures) rewritten once, at start-up, with the budget as published, so
 * a store kept on disk across the upgrade stays readable. Only such records are touched (they alone have the
 * reader's {@code diagnostics} in their budget), each write conditional on the record's revision: several instances
 * starting at once upgrade each record once. The pass runs once per store: when it has finished, the
 * {@code read_model_shape} collection says so, and later start-ups read that one small document instead of looking
 * through every stored budget (a scan on a server without secondary indexes, such as the embedded one).
 */
final class StoredBudgetUpgrade {

    private static final Logger log = LoggerFactory.getLogger(StoredBudgetUpgrade.class);

    /** A field only the reader's model has: every version-1 budget carries its diagnostics list, even empty. */
    private static final String READER_ONLY = "diagnostics";

    private StoredBudgetUpgrade() {
    }

    /** The shape of the stored budgets this release writes: the published budget (events version 2). */
    static final int SHAPE = 2;

    static void run(MongoDatabase database, MongoCollection<Document> budgets, MongoCollection<Document> versions) {
        MongoCollection<Document> shapes = database.getCollection("read_model_shape");
        Document known = shapes.find(Filters.eq("_id", "budgets")).first();
        if (known != null && known.getInteger("shape", 0) >= SHAPE) {
            return;
        }
        int records = 0;
        for (Document record : budgets.find(Filters.exists("current.budget." + READER_ONLY))) {
            Document current = record.get("current", Document.class);
            current.put("budget", published(current.get("budget", Document.class)));
            Object revision = record.get("revision");
            records += (int) budgets.replaceOne(new Document("_id", record.get("_id")).append("revision", revision),
                    record).getModifiedCount();
        }
        int superseded = 0;
        for (Document version : versions.find(Filters.exists("budget." + READER_ONLY))) {
            version.put("budget", published(version.get("budget", Document.class)));
            superseded += (int) versions.replaceOne(Filters.eq("_id", version.get("_id")), version).getModifiedCount();
        }
        shapes.replaceOne(Filters.eq("_id", "budgets"), new Document("_id", "budgets").append("shape", SHAPE),
                new ReplaceOptions().upsert(true));
        if (records + superseded > 0) {
            log.info("upgraded {} budget records and {} superseded versions stored as the reader's model to the "
                    + "published budget", records, superseded);
        }
    }

    private static Document published(Document readersModel) {
        ParsedBudget read = BsonMapping.fromDocument(readersModel, ParsedBudget.class);
        return BsonMapping.toDocument(Publication.publish(read));
    }
}
