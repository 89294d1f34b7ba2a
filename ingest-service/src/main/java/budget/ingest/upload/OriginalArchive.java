package budget.ingest.upload;

import budget.support.Originals;
import com.mongodb.MongoException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.gridfs.GridFSBucket;
import com.mongodb.client.gridfs.GridFSBuckets;
import com.mongodb.client.gridfs.model.GridFSUploadOptions;
import org.bson.BsonString;
import org.bson.Document;
import org.springframework.stereotype.Component;

import java.io.ByteArrayInputStream;

import static com.mongodb.client.model.Filters.eq;

/**
 * Writes each uploaded original once into the GridFS bucket {@link Originals#BUCKET}, keyed by document id: the
 * bucket's only writer. The bytes are stored before the received event that names them is published, so the
 * claim check never points at nothing; a repeated upload finds them there and stores nothing. Two instances
 * storing the same new bytes at the same moment could spoil each other's chunks; the parse stage then finds the
 * stored bytes damaged (their SHA-256 is not the document id), which is retried and dead-lettered, not misread.
 */
@Component
class OriginalArchive {

    /**
     * Uploads of the same bytes at once in this process are written one after the other: GridFS's clean-up of
     * the loser's failed upload would delete the winner's chunks.
     */
    private static final Object[] LOCKS = new Object[64];

    static {
        for (int i = 0; i < LOCKS.length; i++) {
            LOCKS[i] = new Object();
        }
    }

    private final GridFSBucket bucket;
    private final MongoCollection<Document> chunks;
    private final Originals originals;

    OriginalArchive(MongoDatabase database, Originals originals) {
        this.bucket = GridFSBuckets.create(database, Originals.BUCKET);
        this.chunks = database.getCollection(Originals.BUCKET + ".chunks");
        this.originals = originals;
    }

    /**
     * Stores the bytes under the document id unless they are stored already.
     *
     * @param metadata media type, and the encoding of a text or the pages of a PDF
     * @return whether they were written now
     */
    boolean store(String documentId, String filename, byte[] bytes, Document metadata) {
        synchronized (LOCKS[Math.floorMod(documentId.hashCode(), LOCKS.length)]) {
            if (originals.find(documentId).isPresent()) {
                return false;
            }
            try {
                upload(documentId, filename, bytes, metadata);
            } catch (MongoException e) {
                if (originals.find(documentId).isPresent()) {
                    return false; // stored meanwhile by another instance
                }
                // chunks without their file, left by an upload cut short (the process or the store went down),
                // hold the first chunk's key: they are removed and the bytes written again
                chunks.deleteMany(eq("files_id", new BsonString(documentId)));
                upload(documentId, filename, bytes, metadata);
            }
            return true;
        }
    }

    private void upload(String documentId, String filename, byte[] bytes, Document metadata) {
        bucket.uploadFromStream(new BsonString(documentId), filename, new ByteArrayInputStream(bytes),
                new GridFSUploadOptions().metadata(metadata));
    }
}
