package budget.stack;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.Missing;
import de.bwaldvogel.mongo.bson.Decimal128;
import de.bwaldvogel.mongo.bson.ObjectId;
import org.bson.Document;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.DataType;
import org.h2.mvstore.type.ObjectDataType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.List;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

import static org.assertj.core.api.Assertions.assertThat;

/** The store's file format across versions: a file written by earlier code opens, is written to, and reopens whole. */
class StoreFormatTests {

    @TempDir
    Path dir;

    @Test
    void aFileWrittenByTheCodeBeforeOpensHoldsEverythingAndTakesNewWritesAcrossARestart() throws IOException {
        Path file = dir.resolve("budget.mv");
        try (InputStream packed = new GZIPInputStream(StoreFormatTests.class.getResourceAsStream(StoreFileFixture.RESOURCE))) {
            Files.copy(packed, file);
        }

        StoreFileFixture.withDatabase(backend(file), database -> {
            StoreFileFixture.assertHolds(database);
            // every document written again (pages of the old form rewritten in the current one), and new keys in every index
            for (String name : database.listCollectionNames()) {
                MongoCollection<Document> collection = database.getCollection(name);
                collection.updateMany(Filters.empty(), Updates.set("touched", true));
                collection.updateMany(Filters.empty(), Updates.unset("touched"));
            }
            database.getCollection("budgets").insertOne(StoreFileFixture.budget(1000, 1));
            database.getCollection("budgets").deleteOne(Filters.eq("_id", StoreFileFixture.budgetId(1000)));
            StoreFileFixture.assertHolds(database);
            database.getCollection("late").insertOne(new Document("_id", "after the upgrade"));
        });

        StoreFileFixture.withDatabase(backend(file), database -> {
            StoreFileFixture.assertHolds(database);
            assertThat(database.getCollection("late").find().first()).isEqualTo(new Document("_id", "after the upgrade"));
        });
    }

    @Test
    void theSameContentsWrittenByTheCurrentCodeReadBackAcrossARestart() {
        Path file = dir.resolve("budget.mv");
        StoreFileFixture.withDatabase(backend(file), StoreFileFixture::write);
        StoreFileFixture.withDatabase(backend(file), StoreFileFixture::assertHolds);
    }

    @Test
    void indexKeysAndTheIdsH2DoesNotKnowAreWrittenAsBsonAndReadBackEqual() {
        KeyValue key = new KeyValue("上海市财政局|UNIT|2025", 2.0, 7L, new ObjectId("65a1b2c3d4e5f60718293a4b"),
                Instant.ofEpochMilli(1_764_000_000_123L), new Decimal128(new BigDecimal("304763448.34")),
                new de.bwaldvogel.mongo.bson.Document("code", "2080505").append("level", null), List.of("类", 1), null, true);
        ByteBuffer written = written(ValueOrderedH2Backend.KeyValueType.INSTANCE, key);
        assertThat(written.get(0)).isEqualTo(BsonForm.MARKER);
        assertThat(ValueOrderedH2Backend.KeyValueType.INSTANCE.read(written)).isEqualTo(key);
        assertThat(written.remaining()).isZero();

        // a value BSON would not give back as it is: the key is written in H2's object format, as before
        KeyValue missing = new KeyValue("doc-1", Missing.getInstance());
        written = written(ValueOrderedH2Backend.KeyValueType.INSTANCE, missing);
        assertThat(written.get(0)).isNotEqualTo(BsonForm.MARKER);
        // (Java serialisation does not give Missing back as the one instance it is, but it orders the same)
        assertThat(ValueOrderedH2Backend.KeyValueType.INSTANCE.compare(ValueOrderedH2Backend.KeyValueType.INSTANCE.read(written), missing))
                .isZero();

        ObjectId chunk = new ObjectId("65a1b2c3d4e5f60718293a4c");
        written = written(PositionType.INSTANCE, chunk);
        assertThat(written.get(0)).isEqualTo(BsonForm.MARKER);
        assertThat(PositionType.INSTANCE.read(written)).isEqualTo(chunk);
        assertThat(written.remaining()).isZero();
        // what H2 writes compactly itself is written as the stock backend writes it
        assertThat(written(PositionType.INSTANCE, "doc-1")).isEqualTo(written(new ObjectDataType(), "doc-1"));
        assertThat(PositionType.INSTANCE.read(written(PositionType.INSTANCE, "doc-1"))).isEqualTo("doc-1");
    }

    private static <T> ByteBuffer written(DataType<T> type, T value) {
        WriteBuffer buffer = new WriteBuffer();
        type.write(buffer, value);
        return buffer.getBuffer().flip();
    }

    private static DurableH2Backend backend(Path file) {
        return new DurableH2Backend(new MVStore.Builder().fileName(file.toString()).open());
    }
}
