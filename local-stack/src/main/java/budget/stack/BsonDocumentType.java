package budget.stack;

import de.bwaldvogel.mongo.bson.Document;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.BasicDataType;
import org.h2.mvstore.type.ObjectDataType;

import java.nio.ByteBuffer;

/**
 * The stored documents of a collection, written to the H2 file as BSON ({@link BsonForm}: the server's own encoder,
 * the form they arrived in) instead of H2's default for an unknown type, Java serialisation. A document is encoded
 * once, when it is written ({@link StoredDocument}); writing a page copies the bytes of its documents, and reading
 * one from the file copies them back, decoded only when a request reads the document. A value written by the stock
 * backend (Java-serialised, in H2's object format) is still read, and written as BSON when its page is written again.
 */
final class BsonDocumentType extends BasicDataType<StoredDocument> {

    static final BsonDocumentType INSTANCE = new BsonDocumentType();

    @Override
    public int getMemory(StoredDocument document) {
        return document.memory();
    }

    @Override
    public void write(WriteBuffer buffer, StoredDocument document) {
        document.writeTo(buffer);
    }

    @Override
    public StoredDocument read(ByteBuffer buffer) {
        if (BsonForm.marked(buffer)) {
            return StoredDocument.ofBson(BsonForm.read(buffer));
        }
        return StoredDocument.of((Document) StockObjectType.get().read(buffer));
    }

    @Override
    public StoredDocument[] createStorage(int size) {
        return new StoredDocument[size];
    }
}
