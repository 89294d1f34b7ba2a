package budget.stack;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
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

    private static DurableH2Backend backend(Path file) {
        return new DurableH2Backend(new MVStore.Builder().fileName(file.toString()).open());
    }
}
