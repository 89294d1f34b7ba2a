package budget.query.budgets;

import budget.events.DocumentValidated;
import budget.events.EventJson;
import budget.model.validation.ValidationFinding;
import budget.query.storage.BsonMapping;
import com.mongodb.MongoClientSettings;
import org.bson.Document;
import org.bson.RawBsonDocument;
import org.bson.codecs.DocumentCodec;
import org.junit.jupiter.api.Test;
import tools.jackson.core.type.TypeReference;

import java.nio.ByteBuffer;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The records of the real samples and PDFs written as BSON byte for byte as earlier releases wrote them (the record
 * as a map of maps, encoded by the driver), and read back the same from either.
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
