package budget.ingest.upload;

import budget.events.DocumentIds;
import budget.support.Originals;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.bson.BsonString;
import org.bson.Document;
import org.bson.types.Binary;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The originals are written once per document into GridFS, read back whole and checked, over the MongoDB wire protocol. */
class OriginalArchiveTests {

    private MongoServer server;
    private MongoClient client;
    private MongoDatabase database;
    private OriginalArchive archive;
    private Originals originals;

    @BeforeEach
    void start() {
        server = new MongoServer(new MemoryBackend());
        client = MongoClients.create(server.bindAndGetConnectionString());
        database = client.getDatabase("budget");
        originals = new Originals(database);
        archive = new OriginalArchive(database);
    }

    @AfterEach
    void stop() {
        client.close();
        server.shutdownNow();
    }

    @Test
    void anOriginalIsStoredOnceUnderItsDocumentIdAndReadBackWhole() {
        byte[] bytes = new byte[600_000]; // more than two GridFS chunks
        new Random(1).nextBytes(bytes);
        String id = DocumentIds.of(bytes);

        assertThat(archive.store(id, "a.pdf", bytes, new Document("mediaType", "application/pdf").append("pageCount", 3))).isTrue();
        assertThat(archive.store(id, "again.pdf", bytes, new Document("mediaType", "application/pdf"))).as("a repeat").isFalse();

        assertThat(database.getCollection("originals.files").countDocuments()).isEqualTo(1);
        assertThat(database.getCollection("originals.chunks").countDocuments()).isEqualTo(3);
        Originals.Stored stored = originals.find(id).orElseThrow();
        assertThat(stored).isEqualTo(new Originals.Stored(id, "a.pdf", 600_000, "application/pdf", null, 3));
        assertThat(originals.read(stored)).isEqualTo(bytes);
    }

    @Test
    void chunksLeftByAnUploadCutShortDoNotBlockTheNextOne() {
        byte[] bytes = "上海市某区2026年区级部门预算\n".repeat(100).getBytes(StandardCharsets.UTF_8);
        String id = DocumentIds.of(bytes);
        database.getCollection("originals.chunks").insertOne(new Document("files_id", new BsonString(id)).append("n", 0)
                .append("data", new Binary(new byte[] {1, 2, 3})));

        assertThat(archive.store(id, "a.txt", bytes, new Document("mediaType", "text/plain").append("encoding", "UTF-8"))).isTrue();
        assertThat(originals.read(originals.find(id).orElseThrow())).isEqualTo(bytes);
    }

    @Test
    void theOriginalsOfARequestAreStoredTogetherEachOnceAndAsTheDriversGridFsReadsThem() throws Exception {
        byte[] large = new byte[600_000];
        new Random(3).nextBytes(large);
        byte[] small = "上海市某区2026年区级部门预算\n".repeat(50).getBytes(StandardCharsets.UTF_8);
        byte[] storedBefore = "一份早先的文本".getBytes(StandardCharsets.UTF_8);
        archive.store(DocumentIds.of(storedBefore), "before.txt", storedBefore, new Document("mediaType", "text/plain"));
        // chunks of an upload cut short, for the small one
        database.getCollection("originals.chunks").insertOne(new Document("files_id", new BsonString(DocumentIds.of(small)))
                .append("n", 0).append("data", new Binary(new byte[] {9})));

        Set<String> written = archive.storeAll(List.of(
                new OriginalArchive.Original(DocumentIds.of(large), "large.pdf", large, new Document("mediaType", "application/pdf")),
                new OriginalArchive.Original(DocumentIds.of(small), "small.txt", small, new Document("mediaType", "text/plain")),
                new OriginalArchive.Original(DocumentIds.of(storedBefore), "again.txt", storedBefore, new Document("mediaType", "text/plain")),
                new OriginalArchive.Original(DocumentIds.of(large), "large-again.pdf", large, new Document("mediaType", "application/pdf"))));

        assertThat(written).containsExactlyInAnyOrder(DocumentIds.of(large), DocumentIds.of(small));
        assertThat(database.getCollection("originals.files").countDocuments()).isEqualTo(3);
        assertThat(database.getCollection("originals.chunks").countDocuments()).isEqualTo(3 + 1 + 1);
        assertThat(originals.find(DocumentIds.of(large)).orElseThrow())
                .isEqualTo(new Originals.Stored(DocumentIds.of(large), "large.pdf", 600_000, "application/pdf", null, null));
        assertThat(originals.read(DocumentIds.of(small), small.length)).isEqualTo(small);
        // as the driver's GridFS download (query-service serves originals so) reads it
        try (var stream = originals.open(DocumentIds.of(large))) {
            assertThat(stream.readAllBytes()).isEqualTo(large);
        }
        assertThat(archive.storeAll(List.of(new OriginalArchive.Original(DocumentIds.of(small), "small.txt", small,
                new Document("mediaType", "text/plain"))))).as("stored already").isEmpty();
    }

    @Test
    void bytesThatAreNotTheDocumentsAreDamagedAndAMissingOriginalIsNone() {
        byte[] bytes = "一份文本".getBytes(StandardCharsets.UTF_8);
        String notTheirId = "0".repeat(64);
        archive.store(notTheirId, "a.txt", bytes, new Document("mediaType", "text/plain"));

        assertThatThrownBy(() -> originals.read(originals.find(notTheirId).orElseThrow()))
                .isInstanceOf(Originals.Unavailable.class).hasMessageContaining("damaged");
        assertThat(originals.find("1".repeat(64))).isEmpty();
    }

    @Test
    void anOriginalWithAChunkMissingIsDamagedNotShort() {
        byte[] bytes = new byte[300_000]; // two chunks
        new Random(2).nextBytes(bytes);
        String id = DocumentIds.of(bytes);
        archive.store(id, "b.pdf", bytes, new Document("mediaType", "application/pdf"));
        database.getCollection("originals.chunks").deleteOne(new Document("files_id", new BsonString(id)).append("n", 1));

        assertThatThrownBy(() -> originals.read(originals.find(id).orElseThrow()))
                .isInstanceOf(Originals.Unavailable.class)
                .hasMessage("the original of document " + id + " in GridFS bucket originals is damaged: chunk 1 of its"
                        + " 300000 bytes is missing");
    }
}
