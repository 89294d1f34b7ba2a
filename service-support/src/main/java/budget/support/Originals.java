package budget.support;

import budget.events.DocumentIds;
import budget.events.StoredOriginal;
import com.mongodb.MongoGridFSException;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.gridfs.GridFSBucket;
import com.mongodb.client.gridfs.GridFSBuckets;
import com.mongodb.client.gridfs.model.GridFSFile;
import org.bson.BsonString;
import org.bson.Document;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.util.Optional;

import static com.mongodb.client.model.Filters.eq;

/**
 * The uploaded originals, read side: one GridFS file per document in the bucket {@value #BUCKET} of the
 * pipeline's database ({@code originals.files}, {@code originals.chunks}), its {@code _id} the document id (a
 * string), its metadata the media type, the encoding of a text and the pages of a PDF. ingest-service owns the
 * bucket and writes each file once; parse-service (to read the document) and query-service (to serve and render
 * it) only read it, through this class.
 */
public final class Originals {

    public static final String BUCKET = StoredOriginal.BUCKET;

    private final GridFSBucket bucket;

    public Originals(MongoDatabase database) {
        this.bucket = GridFSBuckets.create(database, BUCKET);
    }

    /** What is stored of one document, without its bytes. */
    public record Stored(String documentId, String filename, long sizeBytes, String mediaType, String encoding,
                         Integer pageCount) {
    }

    /** The original cannot be had: missing from the store, or its bytes are not the document's. */
    public static final class Unavailable extends RuntimeException {

        public Unavailable(String message) {
            super(message);
        }

        public Unavailable(String message, Throwable cause) {
            super(message, cause);
        }
    }

    public Optional<Stored> find(String documentId) {
        GridFSFile file = bucket.find(eq("_id", documentId)).first();
        if (file == null) {
            return Optional.empty();
        }
        Document metadata = file.getMetadata() == null ? new Document() : file.getMetadata();
        return Optional.of(new Stored(documentId, file.getFilename(), file.getLength(), metadata.getString("mediaType"),
                metadata.getString("encoding"), metadata.getInteger("pageCount")));
    }

    /**
     * The stored bytes, checked against the document id (their SHA-256).
     *
     * @throws Unavailable when no file has the id, or its bytes are not the document's
     */
    public byte[] read(Stored stored) {
        ByteArrayOutputStream out = new ByteArrayOutputStream((int) Math.min(stored.sizeBytes(), Integer.MAX_VALUE - 8));
        try {
            bucket.downloadToStream(new BsonString(stored.documentId()), out);
        } catch (MongoGridFSException e) {
            throw new Unavailable("the original of document " + stored.documentId() + " cannot be read from GridFS bucket "
                    + BUCKET + ": " + e.getMessage(), e);
        }
        byte[] bytes = out.toByteArray();
        if (!DocumentIds.of(bytes).equals(stored.documentId())) {
            throw new Unavailable("the original of document " + stored.documentId() + " in GridFS bucket " + BUCKET
                    + " is damaged: its " + bytes.length + " bytes are not the uploaded ones (SHA-256 differs)");
        }
        return bytes;
    }

    /** The stored bytes as a stream (unchecked: for serving them as they are). */
    public InputStream open(String documentId) {
        try {
            return bucket.openDownloadStream(new BsonString(documentId));
        } catch (MongoGridFSException e) {
            throw new Unavailable("the original of document " + documentId + " cannot be read: " + e.getMessage(), e);
        }
    }
}
