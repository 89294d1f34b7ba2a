package budget.ingest.upload;

import budget.support.DuplicateKeys;
import budget.support.Originals;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.gridfs.GridFSBuckets;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Projections;
import org.bson.BsonString;
import org.bson.Document;
import org.bson.types.Binary;
import org.bson.types.ObjectId;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.locks.ReentrantLock;

import static com.mongodb.client.model.Filters.eq;

/**
 * Writes each uploaded original once into the GridFS bucket {@link Originals#BUCKET}, keyed by document id: the
 * bucket's only writer. The bytes are stored before the received event that names them is published, so the
 * claim check never points at nothing; a repeated upload finds them there and stores nothing. Two instances
 * storing the same new bytes at the same moment could spoil each other's chunks; the parse stage then finds the
 * stored bytes damaged (their SHA-256 is not the document id), which is retried and dead-lettered, not misread.
 *
 * <p>The originals of one upload request are written together, in GridFS's own layout (what the driver's
 * {@code GridFSBucket} reads): one lookup of which are stored already, the chunks of the new ones in one write, then
 * their files in one more, so a file is never there before its chunks. That is three round trips and two durable
 * writes per request instead of three and two per document.
 */
@Component
class OriginalArchive {

    /**
     * Uploads of the same bytes at once in this process are written one after the other: the clean-up of the
     * chunks of an upload cut short would delete those of one in progress.
     */
    private static final ReentrantLock[] LOCKS = new ReentrantLock[64];

    static {
        Arrays.setAll(LOCKS, i -> new ReentrantLock());
    }

    /** One original to store: its document id, the uploaded name and bytes, and the file's metadata. */
    record Original(String documentId, String filename, byte[] bytes, Document metadata) {
    }

    private final MongoCollection<Document> files;
    private final MongoCollection<Document> chunks;
    private final int chunkSize;

    OriginalArchive(MongoDatabase database) {
        this.files = database.getCollection(Originals.BUCKET + ".files");
        this.chunks = database.getCollection(Originals.BUCKET + ".chunks");
        // the driver's own chunk size and indexes (it makes them on a bucket's first upload): its readers rely on both
        this.chunkSize = GridFSBuckets.create(database, Originals.BUCKET).getChunkSizeBytes();
        files.createIndex(Indexes.ascending("filename", "uploadDate"));
        chunks.createIndex(Indexes.ascending("files_id", "n"), new IndexOptions().unique(true));
    }

    /**
     * Stores the bytes under the document id unless they are stored already.
     *
     * @param metadata media type, and the encoding of a text or the pages of a PDF
     * @return whether they were written now
     */
    boolean store(String documentId, String filename, byte[] bytes, Document metadata) {
        return !storeAll(List.of(new Original(documentId, filename, bytes, metadata))).isEmpty();
    }

    /** Stores each original not stored already (one per document id); returns the ids written now. */
    Set<String> storeAll(List<Original> originals) {
        Map<String, Original> byId = new LinkedHashMap<>();
        originals.forEach(original -> byId.putIfAbsent(original.documentId(), original));
        // in one order, so two requests sharing documents never wait for each other's locks
        Set<Integer> stripes = new TreeSet<>();
        byId.keySet().forEach(id -> stripes.add(Math.floorMod(id.hashCode(), LOCKS.length)));
        stripes.forEach(stripe -> LOCKS[stripe].lock());
        try {
            byId.keySet().removeAll(stored(byId.keySet()));
            if (byId.isEmpty()) {
                return Set.of();
            }
            List<Original> fresh = new ArrayList<>(byId.values());
            Set<String> cutShort = writeChunks(fresh);
            for (String documentId : cutShort) {
                if (!stored(Set.of(documentId)).isEmpty()) {
                    byId.remove(documentId); // stored meanwhile by another instance
                    continue;
                }
                // chunks without their file, left by an upload cut short (the process or the store went down),
                // hold the keys of the new ones: they are removed and the bytes written again
                chunks.deleteMany(eq("files_id", new BsonString(documentId)));
                chunks.insertMany(chunksOf(byId.get(documentId)));
            }
            return writeFiles(List.copyOf(byId.values()));
        } finally {
            stripes.forEach(stripe -> LOCKS[stripe].unlock());
        }
    }

    /** Which of these documents have a file in the bucket. */
    private Set<String> stored(Set<String> documentIds) {
        Set<String> found = new HashSet<>();
        files.find(Filters.in("_id", documentIds)).projection(Projections.include("_id"))
                .forEach(file -> found.add(file.getString("_id")));
        return found;
    }

    /** Writes the chunks of them all; returns the documents some chunk of which was there already. */
    private Set<String> writeChunks(List<Original> originals) {
        List<Document> all = new ArrayList<>();
        List<String> owners = new ArrayList<>();
        for (Original original : originals) {
            for (Document chunk : chunksOf(original)) {
                all.add(chunk);
                owners.add(original.documentId());
            }
        }
        Set<String> cutShort = new HashSet<>();
        if (!all.isEmpty()) {
            DuplicateKeys.insertMany(chunks, all).forEach(i -> cutShort.add(owners.get(i)));
        }
        return cutShort;
    }

    /** Writes their files; returns the ids written now (not those another instance stored meanwhile). */
    private Set<String> writeFiles(List<Original> originals) {
        Date now = new Date();
        List<Document> all = new ArrayList<>();
        for (Original original : originals) {
            all.add(new Document("_id", original.documentId()).append("length", (long) original.bytes().length)
                    .append("chunkSize", chunkSize).append("uploadDate", now).append("filename", original.filename())
                    .append("metadata", original.metadata()));
        }
        Set<String> written = new HashSet<>();
        originals.forEach(original -> written.add(original.documentId()));
        if (!all.isEmpty()) {
            DuplicateKeys.insertMany(files, all).forEach(i -> written.remove(originals.get(i).documentId()));
        }
        return written;
    }

    /** The document's chunks as GridFS lays them out: {@code chunkSize} bytes each, numbered from 0, the last shorter. */
    private List<Document> chunksOf(Original original) {
        byte[] bytes = original.bytes();
        List<Document> out = new ArrayList<>();
        for (int n = 0, from = 0; from < bytes.length; n++, from += chunkSize) {
            out.add(new Document("_id", new ObjectId()).append("files_id", new BsonString(original.documentId()))
                    .append("n", n).append("data", new Binary(Arrays.copyOfRange(bytes, from,
                            Math.min(bytes.length, from + chunkSize)))));
        }
        return out;
    }
}
