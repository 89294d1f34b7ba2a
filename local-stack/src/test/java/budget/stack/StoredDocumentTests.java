package budget.stack;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.bson.RawBsonDocument;
import org.bson.codecs.DocumentCodec;
import org.bson.types.Decimal128;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Documents are held as the bytes they were encoded to when written ({@link StoredDocument}); the server changes the
 * documents it reads in place before writing them again, so every kind of write the pipeline makes is checked here:
 * read back at once, after more writes to the same pages, and after a restart, with the collection's data size
 * the sum of its documents' BSON sizes.
 */
class StoredDocumentTests {

    @TempDir
    Path dir;

    private static final Date AT = new Date(1_764_000_000_000L);

    @Test
    void everyKindOfUpdateThePipelineMakesIsReadBackAsWrittenAndAfterARestart() {
        Path file = dir.resolve("budget.mv");
        Map<Object, Document> expected = new LinkedHashMap<>();
        with(file, database -> {
            MongoCollection<Document> items = database.getCollection("items");
            items.createIndex(Indexes.ascending("_id", "statusRank"), new IndexOptions().unique(true));
            for (int i = 0; i < 40; i++) {
                items.insertOne(new Document("_id", "doc-" + i).append("statusRank", 0).append("n", i));
                expected.put("doc-" + i, new Document("_id", "doc-" + i).append("statusRank", 0).append("n", i));
            }

            // the status tracker: an upsert with $set of nested fields, $setOnInsert and $max, then a write that
            // depends on it (its filter names the new rank), in one ordered bulk write
            items.bulkWrite(List.of(
                    new UpdateOneModel<>(Filters.eq("_id", "doc-3"), Updates.combine(
                            Updates.set("stages.parsed.at", "2026-11-24T16:00:02Z"), Updates.set("budgetKey", "区|UNIT|2026"),
                            Updates.setOnInsert("filename", "ignored.txt"), Updates.max("statusRank", 2)), new UpdateOptions().upsert(true)),
                    new UpdateOneModel<>(new Document("_id", "doc-3").append("statusRank", 2),
                            Updates.combine(Updates.set("status", "PARSED"), Updates.set("updatedAt", "2026-11-24T16:00:12Z"))),
                    new UpdateOneModel<>(Filters.eq("_id", "doc-new"), Updates.combine(
                            Updates.set("stages.received", new Document("at", "2026-11-24T16:00:01Z")),
                            Updates.setOnInsert("filename", "new.txt"), Updates.max("statusRank", 1)), new UpdateOptions().upsert(true)),
                    new UpdateOneModel<>(new Document("_id", "doc-new").append("statusRank", 1),
                            Updates.set("status", "RECEIVED"))), new BulkWriteOptions().ordered(true));
            expected.get("doc-3").append("statusRank", 2).append("stages", new Document("parsed", new Document("at", "2026-11-24T16:00:02Z")))
                    .append("budgetKey", "区|UNIT|2026").append("status", "PARSED").append("updatedAt", "2026-11-24T16:00:12Z");
            expected.put("doc-new", new Document("_id", "doc-new").append("stages", new Document("received", new Document("at", "2026-11-24T16:00:01Z")))
                    .append("filename", "new.txt").append("statusRank", 1).append("status", "RECEIVED"));
            // a lower rank arriving late: $max keeps the higher one, the dependent write matches nothing
            items.bulkWrite(List.of(
                    new UpdateOneModel<>(Filters.eq("_id", "doc-3"), Updates.combine(Updates.set("stages.received.at", "2026-11-24T16:00:01Z"),
                            Updates.max("statusRank", 1)), new UpdateOptions().upsert(true)),
                    new UpdateOneModel<>(new Document("_id", "doc-3").append("statusRank", 1), Updates.set("status", "RECEIVED"))));
            expected.get("doc-3").get("stages", Document.class).append("received", new Document("at", "2026-11-24T16:00:01Z"));

            // the upload registry: $setOnInsert, $set and $inc, twice
            for (int times = 0; times < 2; times++) {
                items.updateOne(Filters.eq("_id", "doc-5"), Updates.combine(Updates.setOnInsert("filename", "five.txt"),
                        Updates.set("lastUploadedAt", AT), Updates.inc("uploadCount", 1)), new UpdateOptions().upsert(true));
            }
            expected.get("doc-5").append("lastUploadedAt", AT).append("uploadCount", 2);

            // the department catalog: $addToSet into arrays, $set of a null
            for (int year : new int[]{2025, 2026, 2025}) {
                items.updateOne(Filters.eq("_id", "doc-7"), Updates.combine(Updates.addToSet("years", year),
                        Updates.set("level", null)));
            }
            expected.get("doc-7").append("years", List.of(2025, 2026)).append("level", null);

            // the budget store: a replacement conditional on the revision read, and one whose revision moved on
            items.replaceOne(new Document("_id", "doc-9").append("n", 9), budget("doc-9", "1.10"));
            items.replaceOne(new Document("_id", "doc-9").append("n", 9), budget("doc-9", "9.99"));
            expected.put("doc-9", budget("doc-9", "1.10"));

            // lines and findings: unordered bulk upserts of whole documents, then the stale ones deleted
            items.bulkWrite(List.of(
                    new ReplaceOneModel<>(Filters.eq("_id", "doc-11"), budget("doc-11", "2.20"), new ReplaceOptions().upsert(true)),
                    new ReplaceOneModel<>(Filters.eq("_id", "line-1"), budget("line-1", "3.30"), new ReplaceOptions().upsert(true))),
                    new BulkWriteOptions().ordered(false));
            expected.put("doc-11", budget("doc-11", "2.20"));
            expected.put("line-1", budget("line-1", "3.30"));
            items.deleteMany(Filters.in("_id", "doc-12", "doc-13"));
            expected.remove("doc-12");
            expected.remove("doc-13");

            // a field removed, and many documents changed by one request
            items.updateOne(Filters.eq("_id", "doc-11"), Updates.unset("lines"));
            expected.get("doc-11").remove("lines");
            items.updateMany(Filters.gte("n", 30), Updates.inc("n", 100));
            expected.values().stream().filter(d -> d.get("n") instanceof Integer n && n >= 30).forEach(d -> d.put("n", d.getInteger("n") + 100));
            // an operator's replay mark
            items.updateOne(Filters.eq("_id", "doc-3"), Updates.set("stages.deadLettered.replayedAt", "2026-11-24T17:00:00Z"));
            expected.get("doc-3").get("stages", Document.class).append("deadLettered", new Document("replayedAt", "2026-11-24T17:00:00Z"));

            assertThat(StoreFileFixture.byId(items)).isEqualTo(expected);
            expected.values().forEach(d -> assertThat(items.find(Filters.eq("_id", d.get("_id"))).first()).isEqualTo(d));
            assertThat(dataSize(database)).isEqualTo(bsonSize(expected));
        });

        with(file, database -> {
            MongoCollection<Document> items = database.getCollection("items");
            assertThat(StoreFileFixture.byId(items)).isEqualTo(expected);
            expected.values().forEach(d -> assertThat(items.find(Filters.eq("_id", d.get("_id"))).first()).isEqualTo(d));
            assertThat(items.find(new Document("_id", "doc-3").append("statusRank", 2)).first()).isEqualTo(expected.get("doc-3"));
            assertThat(dataSize(database)).isEqualTo(bsonSize(expected));
        });
    }

    @Test
    void anUpdateChangesACopyNeverTheDocumentReadsAreServedFrom() {
        DurableH2Backend backend = new DurableH2Backend(new MVStore.Builder().fileName(dir.resolve("views.mv").toString()).open());
        StoreFileFixture.withDatabase(backend, database -> {
            MongoCollection<Document> items = database.getCollection("items");
            items.insertOne(new Document("_id", "doc-1").append("stages", new Document("received", "at 1")).append("n", 1));
            de.bwaldvogel.mongo.MongoCollection<?> stored = backend.resolveDatabase("budget").resolveCollection("items", true);
            de.bwaldvogel.mongo.bson.Document read = stored.handleQuery(new de.bwaldvogel.mongo.bson.Document("_id", "doc-1"), 0, 0)
                    .iterator().next();
            de.bwaldvogel.mongo.bson.Document asRead = read.cloneDeeply();

            items.updateOne(Filters.eq("_id", "doc-1"), Updates.combine(Updates.set("stages.parsed", "at 2"), Updates.inc("n", 1)));
            items.updateOne(Filters.eq("_id", "doc-1"), Updates.unset("stages.received"));

            assertThat(read).as("what a read was given, after two updates").isEqualTo(asRead);
            assertThat(items.find(Filters.eq("_id", "doc-1")).first())
                    .isEqualTo(new Document("_id", "doc-1").append("stages", new Document("parsed", "at 2")).append("n", 2));
        });
    }

    @Test
    void aDocumentReadBackAndChangedByTheReaderIsNotChangedInTheStore() {
        StoredDocument stored = StoredDocument.of(new de.bwaldvogel.mongo.bson.Document("_id", "doc-1").append("n", 1));
        de.bwaldvogel.mongo.bson.Document read = stored.document();
        read.put("n", 2);
        read.remove("_id");
        assertThat(stored.document()).isEqualTo(new de.bwaldvogel.mongo.bson.Document("_id", "doc-1").append("n", 1));
        assertThat(stored.size()).isEqualTo(new RawBsonDocument(new Document("_id", "doc-1").append("n", 1), new DocumentCodec())
                .getByteBuffer().remaining());
    }

    private static Document budget(String id, String amount) {
        return new Document("_id", id).append("revision", 1).append("total", new Decimal128(new BigDecimal(amount)))
                .append("lines", new ArrayList<>(List.of(new Document("code", "2080505").append("amounts",
                        List.of(new Decimal128(new BigDecimal(amount)), new Decimal128(BigDecimal.ZERO))))))
                .append("storedAt", AT);
    }

    private static int dataSize(MongoDatabase database) {
        return database.runCommand(new Document("collStats", "items")).getInteger("size");
    }

    private static int bsonSize(Map<Object, Document> documents) {
        return documents.values().stream()
                .mapToInt(d -> new RawBsonDocument(d, new DocumentCodec()).getByteBuffer().remaining()).sum();
    }

    private static void with(Path file, Consumer<MongoDatabase> body) {
        StoreFileFixture.withDatabase(new DurableH2Backend(new MVStore.Builder().fileName(file.toString()).open()), body);
    }
}
