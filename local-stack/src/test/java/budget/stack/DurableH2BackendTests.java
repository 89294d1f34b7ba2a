package budget.stack;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Aggregates;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.Updates;
import de.bwaldvogel.mongo.MongoServer;
import org.bson.Document;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** One sync of the file per write request, whatever it writes; none for a read. */
class DurableH2BackendTests {

    @TempDir
    Path dir;

    private MVStore store;
    private DurableH2Backend backend;
    private MongoServer server;
    private MongoClient client;
    private MongoCollection<Document> items;

    @BeforeEach
    void start() {
        store = new MVStore.Builder().fileName(dir.resolve("budget.mv").toString()).open();
        backend = new DurableH2Backend(store);
        server = new MongoServer(backend);
        client = MongoClients.create(server.bindAndGetConnectionString());
        items = client.getDatabase("budget").getCollection("items");
        items.insertOne(new Document("_id", "first"));
    }

    @AfterEach
    void stop() {
        client.close();
        server.shutdown();
    }

    @Test
    void aBulkWriteIsOneSyncAndEachSingleWriteOne() {
        long before = backend.commits().syncs();
        items.insertMany(IntStream.range(0, 500).mapToObj(i -> new Document("_id", "doc-" + i).append("n", i)).toList());
        assertThat(backend.commits().syncs() - before).as("500 documents in one request").isEqualTo(1);

        items.bulkWrite(IntStream.range(0, 200).mapToObj(i -> new UpdateOneModel<Document>(Filters.eq("_id", "doc-" + i),
                Updates.set("n", -i))).toList());
        assertThat(backend.commits().syncs() - before).as("and 200 updates in one").isEqualTo(2);

        for (int i = 0; i < 20; i++) {
            items.updateOne(Filters.eq("_id", "doc-" + i), Updates.inc("n", 1));
        }
        assertThat(backend.commits().syncs() - before).as("then 20 updates one by one").isEqualTo(22);
        assertThat(store.hasUnsavedChanges()).isFalse();
    }

    @Test
    void readsDoNotSync() {
        long before = backend.commits().syncs();
        assertThat(items.find(Filters.eq("_id", "first")).first()).isEqualTo(new Document("_id", "first"));
        assertThat(items.countDocuments()).isEqualTo(1);
        assertThat(items.aggregate(List.of(Aggregates.match(Filters.exists("_id")))).into(new java.util.ArrayList<>())).hasSize(1);
        assertThat(client.getDatabase("budget").listCollectionNames().into(new java.util.ArrayList<>())).containsExactly("items");
        assertThat(backend.commits().syncs()).isEqualTo(before);
    }

    @Test
    void anAggregationThatWritesIsSynced() {
        long before = backend.commits().syncs();
        items.aggregate(List.of(Aggregates.match(Filters.exists("_id")), Aggregates.out("copies"))).toCollection();
        assertThat(backend.commits().syncs() - before).isEqualTo(1);
        assertThat(client.getDatabase("budget").getCollection("copies").find().first()).isEqualTo(new Document("_id", "first"));
    }
}
