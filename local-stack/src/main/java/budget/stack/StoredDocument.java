package budget.stack;

import de.bwaldvogel.mongo.bson.Document;
import org.h2.mvstore.WriteBuffer;

import java.lang.ref.SoftReference;

/**
 * A stored document as the bytes it was encoded to once, when it was written: H2 writes a page whole whenever one of
 * its documents changes, and copying the neighbours' bytes costs far less than encoding them again (which was a
 * quarter of the store's CPU). The bytes also give the document's size without encoding it.
 *
 * <p>Immutable: the bytes are made once, from the document as it is written, and never handed out; a change is a new
 * {@code StoredDocument}. So a document read back and changed in place (the server's updates do that before writing
 * it again) never leaves a stored value whose bytes say something else.
 *
 * <p>For the server's scans, which match and sort every document of a collection, the document decoded from the bytes
 * is kept as a read-only {@link #view()} while the garbage collector leaves it (softly held: the page cache counts
 * the bytes, and the views go before memory runs short). The collection hands out only copies of views
 * ({@link BsonCollection}), and a view is made from the bytes, never from the document written, so it is what the
 * bytes say.
 */
final class StoredDocument {

    /** A byte array's header and length, and this object's header and field, as H2's page cache counts them. */
    private static final int OVERHEAD = 40;

    private final byte[] bson;
    private volatile SoftReference<Document> view;

    private StoredDocument(byte[] bson) {
        this.bson = bson;
    }

    static StoredDocument of(Document document) {
        return new StoredDocument(BsonForm.encode(document));
    }

    /** A document an insert stores: the bytes it arrived as, if the server remembers them ({@link InsertedBytes}). */
    static StoredDocument inserted(Document document) {
        byte[] arrived = InsertedBytes.take(document);
        return arrived != null ? ofBson(arrived) : of(document);
    }

    /** A document whose BSON bytes are made already: read from the file (after the marker), or as an insert sent them. */
    static StoredDocument ofBson(byte[] bson) {
        return new StoredDocument(bson);
    }

    /** A new copy of the document, for the caller to keep or change. */
    Document document() {
        return BsonForm.decode(bson);
    }

    /** The document, decoded once while memory allows: to be read only, and copied before it leaves the collection. */
    Document view() {
        SoftReference<Document> held = view;
        Document document = held == null ? null : held.get();
        if (document == null) {
            document = document();
            view = new SoftReference<>(document);
        }
        return document;
    }

    /** Its size in BSON, as MongoDB counts a collection's data size. */
    int size() {
        return bson.length;
    }

    int memory() {
        return OVERHEAD + bson.length;
    }

    void writeTo(WriteBuffer buffer) {
        buffer.put(BsonForm.MARKER).put(bson);
    }
}
