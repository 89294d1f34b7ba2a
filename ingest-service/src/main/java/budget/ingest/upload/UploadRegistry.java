package budget.ingest.upload;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.Date;

import static com.mongodb.client.model.Filters.eq;

/**
 * The uploads ingest-service has accepted, by document id (the SHA-256 of the bytes): how a second upload
 * of the same bytes is recognised as a duplicate. Owned by ingest-service alone.
 */
@Component
class UploadRegistry {

    private final MongoCollection<Document> uploads;

    UploadRegistry(MongoDatabase database) {
        this.uploads = database.getCollection("uploads");
    }

    boolean known(String documentId) {
        return uploads.find(eq("_id", documentId)).limit(1).first() != null;
    }

    /** Records an accepted upload; a repeat only counts the upload again. */
    void record(String documentId, String filename, String mediaType, String encoding, long sizeBytes, Instant at) {
        uploads.updateOne(eq("_id", documentId),
                Updates.combine(
                        Updates.setOnInsert("filename", filename),
                        Updates.setOnInsert("mediaType", mediaType),
                        Updates.setOnInsert("encoding", encoding),
                        Updates.setOnInsert("sizeBytes", sizeBytes),
                        Updates.setOnInsert("firstUploadedAt", Date.from(at)),
                        Updates.set("lastUploadedAt", Date.from(at)),
                        Updates.inc("uploadCount", 1)),
                new UpdateOptions().upsert(true));
    }
}
