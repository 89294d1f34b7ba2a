package budget.stack;

import de.bwaldvogel.mongo.bson.Document;
import org.h2.mvstore.WriteBuffer;

/**
 * A stored document as the bytes it was encoded to once, when it was written: H2 writes a page whole whenever one of
 * its documents changes, and copying the neighbours' bytes costs far less than encoding them again (which was a
 * quarter of the store's CPU). The bytes also give the document's size without encoding it.
 *
 * <p>Immutable: the bytes are never handed out, and every read decodes a document of its own, so a document read back
 * and changed in place (the server's updates do that before writing it again) never leaves a stored value whose bytes
 * say something else. A change is a new {@code StoredDocument}.
 */
final class StoredDocument {

    /** A byte array's header and length, and this object's header and field, as H2's page cache counts them. */
    private static final int OVERHEAD = 40;

    private final byte[] bson;

    private StoredDocument(byte[] bson) {
        this.bson = bson;
    }

    static StoredDocument of(Document document) {
        return new StoredDocument(BsonForm.encode(document));
    }

    /** The document in the bytes read from the file (after the marker). */
    static StoredDocument ofBson(byte[] bson) {
        return new StoredDocument(bson);
    }

    /** A new copy of the document, for the caller to keep or change. */
    Document document() {
        return BsonForm.decode(bson);
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
