package budget.ingest.upload;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.Collection;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;

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

    /** Which of these documents have been accepted before: one lookup for a request's documents. */
    Set<String> known(Collection<String> documentIds) {
        Set<String> known = new HashSet<>();
        uploads.find(in("_id", documentIds)).projection(Projections.include("_id"))
                .forEach(upload -> known.add(upload.getString("_id")));
        return known;
    }

    /** An accepted upload, as the registry records it. */
    record Accepted(String documentId, String filename, String mediaType, String encoding, long sizeBytes, Instant at) {
    }

    /** Records accepted uploads, in one write; a repeat only counts the upload again. */
    void record(List<Accepted> accepted) {
        if (accepted.isEmpty()) {
            return;
        }
        uploads.bulkWrite(accepted.stream().map(upload -> new UpdateOneModel<Document>(eq("_id", upload.documentId()),
                Updates.combine(
                        Updates.setOnInsert("filename", upload.filename()),
                        Updates.setOnInsert("mediaType", upload.mediaType()),
                        Updates.setOnInsert("encoding", upload.encoding()),
                        Updates.setOnInsert("sizeBytes", upload.sizeBytes()),
                        Updates.setOnInsert("firstUploadedAt", Date.from(upload.at())),
                        Updates.set("lastUploadedAt", Date.from(upload.at())),
                        Updates.inc("uploadCount", 1)),
                new UpdateOptions().upsert(true))).toList(), new BulkWriteOptions().ordered(false));
    }
}
