package budget.stack;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.gridfs.GridFSBucket;
import com.mongodb.client.gridfs.GridFSBuckets;
import com.mongodb.client.gridfs.model.GridFSUploadOptions;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import com.mongodb.client.model.WriteModel;
import org.bson.BsonObjectId;
import org.bson.BsonString;
import org.bson.BsonValue;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.bson.types.Decimal128;
import org.bson.types.ObjectId;
import org.h2.mvstore.MVStore;

import java.net.InetSocketAddress;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A store written the way the pipeline writes it (the same collections, unique indexes, kinds of update, GridFS
 * originals under string and ObjectId ids, Decimal128 amounts, dates), and what it must hold after. The test
 * resource {@value #RESOURCE} is a store file written by {@link #main} with the code of commit 8bc1cb1 (documents
 * as BSON, index keys and positions in H2's object format, Java-serialised where H2 does not know the type), so
 * that a later format is tested against a file the earlier code really made (gzipped: 450 KB, 38 KB packed).
 *
 * <p>Made with: {@code mvn -B -q -o -pl local-stack -am test-compile} and then, on local-stack's test class path,
 * {@code java budget.stack.StoreFileFixture local-stack/src/test/resources/store-8bc1cb1.mv} and
 * {@code gzip -9} of the file.
 */
final class StoreFileFixture {

    static final String RESOURCE = "/store-8bc1cb1.mv.gz";
    static final String DATABASE = "budget";

    private static final int BUDGETS = 30;
    private static final int STATUSES = 40;
    private static final int ORIGINALS = 4;
    private static final int EVENTS = 20;
    private static final Date AT = new Date(1_764_000_000_000L);

    private StoreFileFixture() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]).toAbsolutePath();
        Files.deleteIfExists(file);
        Files.createDirectories(file.getParent());
        MVStore store = new MVStore.Builder().fileName(file.toString()).keysPerPage(8).pageSplitSize(16 * 1024).open();
        store.setRetentionTime(0);
        withDatabase(new DurableH2Backend(store), database -> {
            write(database);
            // only the live pages kept: a small file to commit
            store.compactFile(10_000);
        });
        System.out.println("wrote " + file + " (" + Files.size(file) + " bytes)");
    }

    static void withDatabase(DurableH2Backend backend, Consumer<MongoDatabase> body) {
        WireServer server = new WireServer(backend);
        InetSocketAddress address = server.bind("127.0.0.1", 0);
        try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + address.getPort())) {
            body.accept(client.getDatabase(DATABASE));
        } finally {
            server.shutdown();
        }
    }

    /** Writes the store's contents, request by request as the services do. */
    static void write(MongoDatabase database) {
        MongoCollection<Document> budgets = database.getCollection("budgets");
        budgets.createIndex(Indexes.ascending("_id", "revision"), new IndexOptions().name("id_revision").unique(true));
        for (int i = 0; i < BUDGETS; i++) {
            budgets.replaceOne(Filters.eq("_id", budgetId(i)), budget(i, 1), new ReplaceOptions().upsert(true));
        }
        for (int i = 0; i < BUDGETS; i += 3) {
            budgets.replaceOne(new Document("_id", budgetId(i)).append("revision", 1), budget(i, 2));
        }
        budgets.deleteOne(Filters.eq("_id", budgetId(BUDGETS - 1)));

        MongoCollection<Document> departments = database.getCollection("departments");
        for (int i = 0; i < BUDGETS; i++) {
            departments.updateOne(Filters.eq("_id", department(i)), Updates.combine(Updates.addToSet("years", year(i)),
                    Updates.addToSet("budgetIds", budgetId(i)), Updates.set("region", "上海市")), new UpdateOptions().upsert(true));
        }

        MongoCollection<Document> documents = database.getCollection("documents");
        documents.createIndex(Indexes.ascending("_id", "statusRank"), new IndexOptions().name("id_rank").unique(true));
        for (int rank = 1; rank <= 3; rank++) {
            List<WriteModel<Document>> writes = new ArrayList<>();
            for (int i = 0; i < STATUSES; i++) {
                if (i % rank == 0) {
                    writes.addAll(status(i, rank));
                }
            }
            documents.bulkWrite(writes, new BulkWriteOptions().ordered(true));
        }
        documents.deleteMany(Filters.in("_id", statusId(STATUSES - 1), statusId(STATUSES - 2)));

        MongoCollection<Document> uploads = database.getCollection("uploads");
        for (int i = 0; i < STATUSES; i++) {
            for (int times = 0; times < 1 + i % 2; times++) {
                uploads.updateOne(Filters.eq("_id", statusId(i)), Updates.combine(Updates.setOnInsert("filename", filename(i)),
                        Updates.set("lastUploadedAt", AT), Updates.inc("uploadCount", 1)), new UpdateOptions().upsert(true));
            }
        }

        GridFSBucket originals = GridFSBuckets.create(database, "originals");
        for (int i = 0; i < ORIGINALS; i++) {
            originals.uploadFromStream(originalId(i), filename(i), new ByteArrayInputStream(original(i)),
                    new GridFSUploadOptions().chunkSizeBytes(4096));
        }

        MongoCollection<Document> events = database.getCollection("events");
        events.insertMany(IntStream.range(0, EVENTS).mapToObj(StoreFileFixture::event).toList());
    }

    /** Asserts that the store holds exactly what {@link #write} wrote, found by every key, its unique keys enforced. */
    static void assertHolds(MongoDatabase database) {
        MongoCollection<Document> budgets = database.getCollection("budgets");
        Map<Object, Document> expectedBudgets = new LinkedHashMap<>();
        for (int i = 0; i < BUDGETS - 1; i++) {
            expectedBudgets.put(budgetId(i), budget(i, i % 3 == 0 ? 2 : 1));
        }
        assertThat(byId(budgets)).isEqualTo(expectedBudgets);
        for (int i = 0; i < BUDGETS - 1; i += 4) {
            int revision = i % 3 == 0 ? 2 : 1;
            assertThat(budgets.find(new Document("_id", budgetId(i)).append("revision", revision)).first())
                    .as(budgetId(i)).isEqualTo(budget(i, revision));
        }
        assertDuplicate(() -> budgets.insertOne(new Document("_id", budgetId(4)).append("revision", 9)));

        Map<Object, Document> expectedDepartments = new LinkedHashMap<>();
        for (int i = 0; i < BUDGETS; i++) {
            expectedDepartments.computeIfAbsent(department(i), d -> new Document("_id", d)
                    .append("years", new ArrayList<Integer>()).append("budgetIds", new ArrayList<String>()).append("region", "上海市"));
            Document department = expectedDepartments.get(department(i));
            department.getList("years", Integer.class).add(year(i));
            department.getList("budgetIds", String.class).add(budgetId(i));
        }
        expectedDepartments.values().forEach(d -> d.put("years", d.getList("years", Integer.class).stream().distinct().toList()));
        assertThat(byId(database.getCollection("departments"))).isEqualTo(expectedDepartments);

        MongoCollection<Document> documents = database.getCollection("documents");
        Map<Object, Document> expectedStatuses = new LinkedHashMap<>();
        for (int i = 0; i < STATUSES - 2; i++) {
            expectedStatuses.put(statusId(i), statusDocument(i));
        }
        assertThat(byId(documents)).isEqualTo(expectedStatuses);
        assertThat(documents.find(new Document("_id", statusId(12)).append("statusRank", 3)).first()).isEqualTo(statusDocument(12));
        assertThat(documents.find(new Document("_id", statusId(12)).append("statusRank", 2)).first()).isNull();
        assertDuplicate(() -> documents.insertOne(new Document("_id", statusId(3))));

        Map<Object, Document> expectedUploads = new LinkedHashMap<>();
        for (int i = 0; i < STATUSES; i++) {
            expectedUploads.put(statusId(i), new Document("_id", statusId(i)).append("filename", filename(i))
                    .append("lastUploadedAt", AT).append("uploadCount", 1 + i % 2));
        }
        assertThat(byId(database.getCollection("uploads"))).isEqualTo(expectedUploads);

        GridFSBucket originals = GridFSBuckets.create(database, "originals");
        for (int i = 0; i < ORIGINALS; i++) {
            ByteArrayOutputStream read = new ByteArrayOutputStream();
            originals.downloadToStream(originalId(i), read);
            assertThat(read.toByteArray()).as(filename(i)).isEqualTo(original(i));
        }
        MongoCollection<Document> chunks = database.getCollection("originals.chunks");
        assertThat(chunks.countDocuments()).isEqualTo(IntStream.range(0, ORIGINALS).map(i -> (original(i).length + 4095) / 4096).sum());
        assertDuplicate(() -> chunks.insertOne(new Document("files_id", originalId(1).asString().getValue()).append("n", 1)));
        assertDuplicate(() -> chunks.insertOne(new Document("files_id", originalId(0).asObjectId().getValue()).append("n", 0)));

        MongoCollection<Document> events = database.getCollection("events");
        Map<Object, Document> expectedEvents = new LinkedHashMap<>();
        IntStream.range(0, EVENTS).mapToObj(StoreFileFixture::event).forEach(e -> expectedEvents.put(e.get("_id"), e));
        assertThat(byId(events)).isEqualTo(expectedEvents);
        assertThat(events.find(Filters.eq("_id", eventId(7))).first()).isEqualTo(event(7));
        assertDuplicate(() -> events.insertOne(new Document("_id", eventId(7))));
    }

    static String budgetId(int i) {
        return department(i) + "|DEPARTMENT|" + year(i);
    }

    static Document budget(int i, int revision) {
        return new Document("_id", budgetId(i)).append("revision", revision).append("departmentKey", department(i))
                .append("year", year(i)).append("status", revision == 1 ? "VALID" : "VALID_WITH_WARNINGS")
                .append("total", new Decimal128(new BigDecimal(i * 1000 + revision + ".25")))
                .append("lines", List.of(
                        new Document("code", "2080505").append("name", "机关事业单位基本养老保险缴费支出")
                                .append("amounts", List.of(new Decimal128(new BigDecimal("1.10")), new Decimal128(new BigDecimal("0.00")))),
                        new Document("code", "201").append("name", "一般公共服务支出").append("amounts", List.of())))
                .append("storedAt", AT).append("note", null);
    }

    static String statusId(int i) {
        return String.format("%08x-0000-4000-8000-%012d", i * 2654435761L & 0xffffffffL, i);
    }

    /** The two writes of a status change, as the status tracker makes them. */
    static List<WriteModel<Document>> status(int i, int rank) {
        String name = statusName(rank);
        Bson stage = rank == 2
                ? Updates.combine(Updates.set("budgetKey", budgetId(i % BUDGETS)), Updates.set("stages.parsed.at", "2026-11-24T16:00:0" + rank + "Z"))
                : Updates.set("stages." + name.toLowerCase() + ".at", "2026-11-24T16:00:0" + rank + "Z");
        return List.of(new UpdateOneModel<>(Filters.eq("_id", statusId(i)),
                        Updates.combine(stage, Updates.setOnInsert("filename", filename(i)), Updates.max("statusRank", rank)),
                        new UpdateOptions().upsert(true)),
                new UpdateOneModel<>(new Document("_id", statusId(i)).append("statusRank", rank),
                        Updates.combine(Updates.set("status", name), Updates.set("updatedAt", "2026-11-24T16:00:1" + rank + "Z"))));
    }

    static Document statusDocument(int i) {
        int rank = i % 3 == 0 ? 3 : i % 2 == 0 ? 2 : 1;
        Document stages = new Document("received", new Document("at", "2026-11-24T16:00:01Z"));
        Document document = new Document("_id", statusId(i)).append("stages", stages).append("filename", filename(i))
                .append("statusRank", rank).append("status", statusName(rank)).append("updatedAt", "2026-11-24T16:00:1" + rank + "Z");
        if (i % 2 == 0) {
            document.append("budgetKey", budgetId(i % BUDGETS));
            stages.append("parsed", new Document("at", "2026-11-24T16:00:02Z"));
        }
        if (i % 3 == 0) {
            stages.append("validated", new Document("at", "2026-11-24T16:00:03Z"));
        }
        return document;
    }

    private static String statusName(int rank) {
        return List.of("RECEIVED", "PARSED", "VALIDATED").get(rank - 1);
    }

    private static String department(int i) {
        return "上海市闵行区第" + (i % 5) + "局";
    }

    private static int year(int i) {
        return 2020 + i / 5;
    }

    static String filename(int i) {
        return "budget-" + i + ".txt";
    }

    static BsonValue originalId(int i) {
        return i == 0 ? new BsonObjectId(new ObjectId("65a1b2c3d4e5f60718293a4b")) : new BsonString(statusId(i));
    }

    static byte[] original(int i) {
        byte[] bytes = new byte[new int[]{100, 9_000, 20_000, 4096}[i]];
        for (int b = 0; b < bytes.length; b++) {
            bytes[b] = (byte) (b * 31 + i);
        }
        return bytes;
    }

    private static ObjectId eventId(int i) {
        return new ObjectId(String.format("65a1b2c3d4e5f607%08x", i));
    }

    static Document event(int i) {
        return new Document("_id", eventId(i)).append("n", i).append("at", new Date(AT.getTime() + i))
                .append("amount", new Decimal128(new BigDecimal(i + ".05")));
    }

    static Map<Object, Document> byId(MongoCollection<Document> collection) {
        Map<Object, Document> found = new LinkedHashMap<>();
        for (Document document : collection.find()) {
            assertThat(found.put(document.get("_id"), document)).as("twice: %s", document.get("_id")).isNull();
        }
        return found;
    }

    static void assertDuplicate(Runnable write) {
        assertThatThrownBy(write::run).isInstanceOfSatisfying(MongoWriteException.class,
                e -> assertThat(e.getError().getCategory()).isEqualTo(ErrorCategory.DUPLICATE_KEY));
    }
}
