package budget.query.budgets;

import budget.events.DocumentValidated;
import budget.events.EventJson;
import budget.events.published.PublishedRow;
import budget.events.published.PublishedTable;
import budget.model.TableType;
import budget.model.validation.ValidationFinding;
import budget.query.catalog.CatalogViews;
import budget.query.findings.FindingViews;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import budget.query.storage.BsonMapping;
import com.mongodb.MongoClientSettings;
import org.bson.Document;
import org.bson.RawBsonDocument;
import org.bson.codecs.DocumentCodec;
import org.junit.jupiter.api.Test;
import tools.jackson.core.type.TypeReference;

import java.nio.ByteBuffer;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The records of the real samples and PDFs written as BSON byte for byte as earlier releases wrote them (the record
 * as a map of maps, encoded by the driver; the views' documents built as org.bson.Document), and read back the same
 * from either.
 */
class BsonShapeTests {

    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
    };
    private static final DocumentCodec DRIVER = new DocumentCodec(MongoClientSettings.getDefaultCodecRegistry());

    @Test
    void recordsVersionsAndFindingsAreStoredAsEarlierReleasesStoredThem() {
        int findings = 0;
        for (DocumentValidated event : ValidatedSamples.events()) {
            BudgetRecord record = BudgetRecord.first(event);
            assertThat(bytes(BsonMapping.toBson(record))).as(event.filename()).isEqualTo(bytes(earlierRelease(record)));
            BudgetVersion version = record.current();
            assertThat(bytes(BsonMapping.toBson(version, "budgetId", record.id()))).as(event.filename())
                    .isEqualTo(bytes(earlierRelease(version).append("budgetId", record.id())));
            for (ValidationFinding finding : version.report().findings()) {
                assertThat(bytes(BsonMapping.toBson(finding))).as(finding.ruleId()).isEqualTo(bytes(earlierRelease(finding)));
                findings++;
            }
        }
        assertThat(findings).as("findings of the corpus compared").isGreaterThan(10);
    }

    @Test
    void recordsReadBackTheSameFromTheirBsonAndFromWhatEarlierReleasesStored() {
        for (DocumentValidated event : ValidatedSamples.events()) {
            BudgetRecord record = BudgetRecord.first(event);
            assertThat(BsonMapping.fromBson(BsonMapping.toBson(record), BudgetRecord.class)).as(event.filename())
                    .isEqualTo(record);
            Document stored = new RawBsonDocument(earlierRelease(record), DRIVER).decode(DRIVER);
            assertThat(BsonMapping.fromDocument(stored, BudgetRecord.class)).as(event.filename()).isEqualTo(record);
            assertThat(BsonMapping.fromBson(BsonMapping.toBson(record.current(), "budgetId", record.id()),
                    BudgetVersion.class)).as("the budget id beside a superseded version is passed over")
                    .isEqualTo(record.current());
        }
    }

    @Test
    void theStoredRecordsLinesAndFindingsOfTheCorpusAreWhatEarlierReleasesStored() {
        MongoServer server = new MongoServer(new MemoryBackend());
        try (MongoClient client = MongoClients.create(server.bindAndGetConnectionString())) {
            MongoDatabase database = client.getDatabase("budget");
            BudgetStore store = new BudgetStore(database, List.of(new BudgetLines(database),
                    FindingViews.store(database), CatalogViews.catalog(database)));
            int lines = 0;
            int findings = 0;
            for (DocumentValidated event : ValidatedSamples.events()) {
                assertThat(store.store(event)).isTrue();
                BudgetRecord record = BudgetRecord.first(event);
                assertThat(bytes(stored(database, "budgets", record.id()))).as(event.filename())
                        .isEqualTo(bytes(earlierRelease(record)));
                for (PublishedTable table : record.current().budget().tables()) {
                    if (table.type().shape() == TableType.Shape.CODE && !table.rows().isEmpty()) {
                        String id = BudgetLines.id(record.id(), table.number());
                        assertThat(bytes(stored(database, "budget_lines", id))).as(id)
                                .isEqualTo(bytes(earlierReleaseLines(record, table)));
                        lines++;
                    }
                }
                List<ValidationFinding> reported = record.current().report().findings();
                for (int i = 0; i < reported.size(); i++) {
                    Document earlier = new Document("_id", record.id() + "|" + i).append("budgetId", record.id())
                            .append("departmentKey", record.departmentKey()).append("kind", record.kind().name())
                            .append("year", record.year()).append("position", i)
                            .append("finding", earlierRelease(reported.get(i)));
                    assertThat(bytes(stored(database, "findings", record.id() + "|" + i))).isEqualTo(bytes(earlier));
                    findings++;
                }
            }
            assertThat(lines).as("code tables compared").isGreaterThan(30);
            assertThat(findings).as("findings compared").isGreaterThan(10);
        } finally {
            server.shutdown();
        }
    }

    private static RawBsonDocument stored(MongoDatabase database, String collection, String id) {
        RawBsonDocument found = database.getCollection(collection, RawBsonDocument.class)
                .find(new Document("_id", id)).first();
        assertThat(found).as(collection + " " + id).isNotNull();
        return found;
    }

    /** How earlier releases made a code table's lines document. */
    private static Document earlierReleaseLines(BudgetRecord record, PublishedTable table) {
        Document lines = new Document();
        for (PublishedRow row : table.rows()) {
            lines.put(row.code(), new Document("name", row.name()).append("level", row.level())
                    .append("classCode", row.code().substring(0, Math.min(3, row.code().length())))
                    .append("amounts", new Document(table.byColumn(row.amounts()))));
        }
        return new Document("_id", BudgetLines.id(record.id(), table.number())).append("budgetId", record.id())
                .append("departmentKey", record.departmentKey()).append("departmentPrinted", record.departmentPrinted())
                .append("kind", record.kind().name()).append("year", record.year()).append("table", table.number())
                .append("lines", lines);
    }

    /** How earlier releases made a record's document: Jackson's map of it, which the driver encoded. */
    private static Document earlierRelease(Object record) {
        return new Document(EventJson.mapper().convertValue(record, MAP));
    }

    private static ByteBuffer bytes(Document document) {
        return bytes(new RawBsonDocument(document, DRIVER));
    }

    private static ByteBuffer bytes(RawBsonDocument document) {
        return document.getByteBuffer().asNIO();
    }
}
