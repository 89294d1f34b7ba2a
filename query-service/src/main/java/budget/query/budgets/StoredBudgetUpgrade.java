package budget.query.budgets;

import budget.events.published.Publication;
import budget.model.ParsedBudget;
import budget.query.storage.BsonMapping;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Records stored by a release whose budgets were the reader's model (validated events of schema version 1: source
 * lines, page boxes and placements among the figures) rewritten once, at start-up, with the budget as published, so
 * a store kept on disk across the upgrade stays readable. Only such records are touched (they alone have the
 * reader's {@code diagnostics} in their budget), each write conditional on the record's revision: several instances
 * starting at once upgrade each record once.
 */
final class StoredBudgetUpgrade {

    private static final Logger log = LoggerFactory.getLogger(StoredBudgetUpgrade.class);

    /** A field only the reader's model has: every version-1 budget carries its diagnostics list, even empty. */
    private static final String READER_ONLY = "diagnostics";

    private StoredBudgetUpgrade() {
    }

    static void run(MongoCollection<Document> budgets, MongoCollection<Document> versions) {
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
