package budget.support;

import budget.events.DocumentIds;
import budget.events.StoredOriginal;
import com.mongodb.MongoGridFSException;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.gridfs.GridFSBucket;
import com.mongodb.client.gridfs.GridFSBuckets;
import com.mongodb.client.gridfs.model.GridFSFile;
import org.bson.BsonString;
import com.mongodb.client.MongoCollection;
import org.bson.Document;
import org.bson.types.Binary;

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
    private final MongoCollection<Document> chunks;

    public Originals(MongoDatabase database) {
        this.bucket = GridFSBuckets.create(database, BUCKET);
        this.chunks = database.getCollection(BUCKET + ".chunks");
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
        return read(stored.documentId(), stored.sizeBytes());
    }

    /**
     * The stored bytes of a document whose size is known (a received event says it): read from its chunks alone,
     * without looking its file up first, and checked against the document id (their SHA-256), so a size that is
     * not the stored file's shows as a damaged original.
     *
     * @throws Unavailable when no file has the id, or its bytes are not the document's
     */
    public byte[] read(String documentId, long sizeBytes) {
        byte[] bytes = chunks(documentId, sizeBytes);
        if (!DocumentIds.of(bytes).equals(documentId)) {
            throw new Unavailable("the original of document " + documentId + " in GridFS bucket " + BUCKET
                    + " is damaged: its " + bytes.length + " bytes are not the uploaded ones (SHA-256 differs)");
        }
        return bytes;
    }

    /**
     * The file's chunks, each found by its exact key {@code (files_id, n)}, the unique index GridFS keeps on the
     * chunks: the driver's download asks for every chunk of the file sorted by {@code n}, which a server without
     * secondary indexes (the embedded one) answers by scanning every chunk of every stored file, a cost that grew
     * with the store and was a third of its CPU in the profile. On MongoDB both are index lookups; this costs one
     * round trip per chunk (255 KiB), so a text of tens of kilobytes is one.
     */
    private byte[] chunks(String documentId, long sizeBytes) {
        if (sizeBytes < 0 || sizeBytes > Integer.MAX_VALUE - 8) {
            throw new Unavailable("the original of document " + documentId + " cannot be read at once: " + sizeBytes
                    + " bytes");
        }
        byte[] bytes = new byte[(int) sizeBytes];
        int read = 0;
        for (int n = 0; read < bytes.length; n++) {
            // a plain document with the index's keys in its order: what the embedded server matches by index
            Document chunk = chunks.find(new Document("files_id", new BsonString(documentId)).append("n", n))
                    .projection(new Document("data", 1)).first();
            if (chunk == null && n == 0) {
                throw new Unavailable("no original " + documentId + " in GridFS bucket " + BUCKET + " (uploaded"
                        + " documents are stored before their event is published: the store lost it or is not the"
                        + " pipeline's)");
            }
            if (chunk == null || !(chunk.get("data") instanceof Binary data)) {
                throw new Unavailable("the original of document " + documentId + " in GridFS bucket " + BUCKET
                        + " is damaged: chunk " + n + " of its " + bytes.length + " bytes is missing");
            }
            byte[] part = data.getData();
            if (part.length == 0 || read + part.length > bytes.length) {
                throw new Unavailable("the original of document " + documentId + " in GridFS bucket " + BUCKET
                        + " is damaged: chunk " + n + " has " + part.length + " bytes, after " + read + " of "
                        + bytes.length);
            }
            System.arraycopy(part, 0, bytes, read, part.length);
            read += part.length;
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
