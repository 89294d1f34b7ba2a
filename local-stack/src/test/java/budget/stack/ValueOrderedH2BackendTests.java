package budget.stack;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.bson.types.Binary;
import org.bson.types.Decimal128;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Date;
import java.util.List;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The embedded store's indexes, through the MongoDB wire protocol, across restarts. */
class ValueOrderedH2BackendTests {

    @TempDir
    Path dir;

    @Test
    void idsAndUniqueCompoundKeysAreFoundAndEnforcedAcrossARestart() {
        Path file = dir.resolve("budget.mv");
        withServer(new ValueOrderedH2Backend(store(file)), items -> {
            items.createIndex(Indexes.ascending("_id", "revision"), new IndexOptions().unique(true));
            for (int i = 0; i < 500; i++) {
                items.insertOne(new Document("_id", "闵行|DEPARTMENT|" + (1500 + i)).append("revision", i % 7));
            }
        });

        withServer(new ValueOrderedH2Backend(store(file)), items -> {
            assertThat(items.find(Filters.eq("_id", "闵行|DEPARTMENT|1742")).first()).isNotNull();
            assertThat(items.find(Filters.and(Filters.eq("_id", "闵行|DEPARTMENT|1742"), Filters.eq("revision", 242 % 7))).first())
                    .isNotNull();
            assertThat(items.find(Filters.in("_id", "闵行|DEPARTMENT|1500", "闵行|DEPARTMENT|1999", "nobody")))
                    .hasSize(2);
            assertThatThrownBy(() -> items.insertOne(new Document("_id", "闵行|DEPARTMENT|1600")))
                    .isInstanceOfSatisfying(MongoWriteException.class,
                            e -> assertThat(e.getError().getCategory()).isEqualTo(ErrorCategory.DUPLICATE_KEY));
            assertThat(items.countDocuments()).isEqualTo(500);
        });
    }

    @Test
    void aFileWrittenByTheStockBackendIsReadAndItsIndexesStillWork() {
        Path file = dir.resolve("old.mv");
        withServer(new H2Backend(store(file)), items -> {
            for (int i = 0; i < 300; i++) {
                items.insertOne(new Document("_id", "doc-" + i).append("n", i));
            }
        });

        withServer(new ValueOrderedH2Backend(store(file)), items -> {
            for (int i = 0; i < 300; i += 37) {
                Document found = items.find(Filters.eq("_id", "doc-" + i)).first();
                assertThat(found).as("doc-" + i).isNotNull();
                assertThat(found.getInteger("n")).isEqualTo(i);
            }
            assertThatThrownBy(() -> items.insertOne(new Document("_id", "doc-5"))).isInstanceOf(MongoWriteException.class);
            items.insertOne(new Document("_id", "doc-300"));
            assertThat(items.countDocuments()).isEqualTo(301);
        });
    }

    @Test
    void documentsAreStoredAsBsonAndComeBackWithTheirTypesAcrossARestart() {
        Path file = dir.resolve("bson.mv");
        Document written = new Document("_id", "上海市财政局|UNIT|2025")
                .append("amount", new Decimal128(new BigDecimal("304763448.34")))
                .append("count", 42).append("big", 1L << 40).append("ratio", 0.25).append("valid", true)
                .append("at", new Date(1_764_000_000_123L)).append("nothing", null)
                .append("bytes", new Binary(new byte[]{0, 1, (byte) 0xff}))
                .append("lines", List.of(new Document("code", "2080505").append("amounts", List.of(
                        new Decimal128(new BigDecimal("1.00")), new Decimal128(BigDecimal.ZERO))), "类"));
        withServer(new ValueOrderedH2Backend(store(file)), items -> {
            items.insertOne(written);
            for (int i = 0; i < 200; i++) {
                items.insertOne(new Document("_id", "doc-" + i).append("n", i));
            }
        });

        MVStore reopened = store(file);
        Object stored = reopened.openMap("databases.budget.items", new MVMap.Builder<Object, Object>()
                .valueType(new BasicDataTypeOfBytes())).values().iterator().next();
        assertThat(((byte[]) stored)[0]).isEqualTo(BsonForm.MARKER);
        reopened.close();

        withServer(new ValueOrderedH2Backend(store(file)), items -> {
            assertThat(items.find(Filters.eq("_id", "上海市财政局|UNIT|2025")).first()).isEqualTo(written);
            assertThat(items.find(Filters.eq("_id", "doc-117")).first()).isEqualTo(new Document("_id", "doc-117").append("n", 117));
            assertThat(items.countDocuments()).isEqualTo(201);
        });
    }

    @Test
    void documentsJavaSerialisedByTheStockBackendAreReadAndUpdated() {
        Path file = dir.resolve("stock.mv");
        withServer(new H2Backend(store(file)), items -> {
            for (int i = 0; i < 100; i++) {
                items.insertOne(new Document("_id", "doc-" + i).append("amount", new Decimal128(new BigDecimal(i + ".50"))));
            }
        });

        withServer(new ValueOrderedH2Backend(store(file)), items -> {
            assertThat(items.find(Filters.eq("_id", "doc-7")).first().get("amount"))
                    .isEqualTo(new Decimal128(new BigDecimal("7.50")));
            items.updateOne(Filters.eq("_id", "doc-7"), Updates.set("amount", new Decimal128(new BigDecimal("8.25"))));
        });
        withServer(new ValueOrderedH2Backend(store(file)), items -> {
            assertThat(items.find(Filters.eq("_id", "doc-7")).first().get("amount"))
                    .isEqualTo(new Decimal128(new BigDecimal("8.25")));
            assertThat(items.find(Filters.eq("_id", "doc-99")).first().get("amount"))
                    .isEqualTo(new Decimal128(new BigDecimal("99.50")));
            assertThat(items.countDocuments()).isEqualTo(100);
        });
    }

    @Test
    void keysCompareExactlyAsTheServersComparatorOrdersThem() {
        List<Object> values = java.util.Arrays.asList("", "a", "b", "Z", "闵行|DEPARTMENT|2026", "\uD83D\uDE00", "\uFFFF",
                -5, 0, 7, Integer.MAX_VALUE, Integer.MIN_VALUE,
                -0.0, 0.0, 1.0, 1.5, -2.5, 7.0, 2147483647.0, 2147483647.5, -2147483648.0, 2147483648.0, 3e9, 3e9 + 0.5,
                Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 5L, 3_000_000_000L,
                new de.bwaldvogel.mongo.bson.ObjectId("65a1b2c3d4e5f60718293a4b"), new de.bwaldvogel.mongo.bson.ObjectId("65a1b2c3d4e5f60718293a4c"),
                null, true, java.time.Instant.ofEpochMilli(1_764_000_000_000L));
        for (Object a : values) {
            for (Object b : values) {
                assertThat(Integer.signum(ValueOrderedH2Backend.KeyValueType.compareValues(a, b)))
                        .as("%s vs %s", a, b)
                        .isEqualTo(Integer.signum(de.bwaldvogel.mongo.backend.ValueComparator.asc().compare(a, b)));
            }
        }
    }

    /** Reads a stored value as its raw bytes, to see the form it was written in. */
    private static final class BasicDataTypeOfBytes extends org.h2.mvstore.type.BasicDataType<Object> {
        @Override
        public int getMemory(Object value) {
            return 64;
        }

        @Override
        public void write(org.h2.mvstore.WriteBuffer buffer, Object value) {
            throw new UnsupportedOperationException("read only");
        }

        @Override
        public Object read(java.nio.ByteBuffer buffer) {
            byte[] all = new byte[buffer.remaining()];
            buffer.get(all);
            return all;
        }

        @Override
        public Object[] createStorage(int size) {
            return new Object[size];
        }
    }

    private static MVStore store(Path file) {
        return new MVStore.Builder().fileName(file.toString()).open();
    }

    private static void withServer(H2Backend backend, Consumer<MongoCollection<Document>> body) {
        MongoServer server = new MongoServer(backend);
        try (MongoClient client = MongoClients.create(server.bindAndGetConnectionString())) {
            body.accept(client.getDatabase("budget").getCollection("items"));
        } finally {
            server.shutdown();
        }
    }
}
