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
import org.bson.Document;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
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
