package budget.stack;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.AbstractSynchronizedMongoCollection;
import de.bwaldvogel.mongo.backend.ArrayFilters;
import de.bwaldvogel.mongo.backend.Assert;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.DocumentWithPosition;
import de.bwaldvogel.mongo.backend.Missing;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.Utils;
import de.bwaldvogel.mongo.backend.ValueComparator;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.oplog.Oplog;
import org.h2.mvstore.MVMap;

import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * A collection in the H2 file, as mongo-java-server's {@code H2Collection} keeps it (the same maps, keys and data
 * size entry), with each document held as its BSON bytes ({@link StoredDocument}): encoded once when written.
 *
 * <p>The server finds, matches and sorts documents on their read-only views, and reads (finds, aggregations) send
 * what they found as it is, as the server's in-memory backend does with its stored documents. The one thing in the
 * server that changes a document it found is an update (also of a find-and-modify), which edits the document in place
 * and then writes it back: an update is given deep copies ({@link #createQueryResult}, which every query of a
 * collection ends in), so no view is ever changed. The stored bytes cannot go stale in any case: they are made from
 * the document written, and a view is made from them.
 *
 * <p>The collection's data size is kept from the bytes; the server's own accounting encodes every inserted, updated
 * and removed document again to learn its size.
 */
final class BsonCollection extends AbstractSynchronizedMongoCollection<Object> {

    /** The stock backend's key for the data size in the collection's meta map. */
    private static final String DATA_SIZE_KEY = "dataSize";

    private final MVMap<Object, StoredDocument> dataMap;
    private final MVMap<String, Object> metaMap;
    /** While an update runs (under the collection's lock, as every request to it): what it finds is copied. */
    private boolean updating;

    BsonCollection(MongoDatabase database, String collectionName, CollectionOptions options,
                   MVMap<Object, StoredDocument> dataMap, MVMap<String, Object> metaMap, CursorRegistry cursorRegistry) {
        super(database, collectionName, options, cursorRegistry);
        this.dataMap = dataMap;
        this.metaMap = metaMap;
        metaMap.putIfAbsent(DATA_SIZE_KEY, 0L);
    }

    /** Sizes are counted here, from the stored bytes. */
    @Override
    protected boolean tracksDataSize() {
        return false;
    }

    @Override
    protected void updateDataSize(int sizeDelta) {
        if (sizeDelta != 0) {
            synchronized (metaMap) {
                metaMap.put(DATA_SIZE_KEY, ((Number) metaMap.get(DATA_SIZE_KEY)).longValue() + sizeDelta);
            }
        }
    }

    @Override
    protected int getDataSize() {
        return ((Number) metaMap.get(DATA_SIZE_KEY)).intValue();
    }

    @Override
    protected Object addDocumentInternal(Document document) {
        Object key = getIdField() != null ? Utils.getSubdocumentValue(document, getIdField()) : UUID.randomUUID();
        StoredDocument stored = StoredDocument.inserted(document);
        StoredDocument previous = dataMap.put(Missing.ofNullable(key), stored);
        Assert.isNull(previous, () -> "Document with key '" + key + "' already existed in " + this);
        updateDataSize(stored.size());
        return key;
    }

    @Override
    protected void handleUpdate(Object position, Document oldDocument, Document newDocument) {
        StoredDocument stored = StoredDocument.of(newDocument);
        StoredDocument previous = dataMap.put(Missing.ofNullable(position), stored);
        updateDataSize(stored.size() - (previous == null ? 0 : previous.size()));
    }

    @Override
    protected void removeDocument(Object position) {
        StoredDocument removed = dataMap.remove(position);
        if (removed == null) {
            throw new NoSuchElementException("No document with key " + position);
        }
        updateDataSize(-removed.size());
    }

    @Override
    public int count() {
        return dataMap.size();
    }

    @Override
    public boolean isEmpty() {
        return dataMap.isEmpty();
    }

    /** A view (read only), for a query by index; the query copies what it returns. */
    @Override
    protected Document getDocument(Object position) {
        StoredDocument stored = dataMap.get(position);
        return stored == null ? null : stored.view();
    }

    /** Views (read only): the server reads them to build an index or to find a document's position. */
    @Override
    protected Stream<DocumentWithPosition<Object>> streamAllDocumentsWithPosition() {
        return dataMap.entrySet().stream().map(entry -> new DocumentWithPosition<>(entry.getValue().view(), entry.getKey()));
    }

    /** What a query found, matched and sorted on views: to an update, as copies it may change. */
    @Override
    protected QueryResult createQueryResult(List<Document> matchedDocuments, int batchSize) {
        if (!updating) {
            return super.createQueryResult(matchedDocuments, batchSize);
        }
        List<Document> copies = new ArrayList<>(matchedDocuments.size());
        for (Document document : matchedDocuments) {
            copies.add(document.cloneDeeply());
        }
        return super.createQueryResult(copies, batchSize);
    }

    @Override
    public synchronized Document updateDocuments(Document selector, Document updateQuery, ArrayFilters arrayFilters,
                                                 boolean isMulti, boolean isUpsert, Oplog oplog) {
        boolean outer = updating;
        updating = true;
        try {
            return super.updateDocuments(selector, updateQuery, arrayFilters, isMulti, isUpsert, oplog);
        } finally {
            updating = outer;
        }
    }

    @Override
    public synchronized Document findAndModify(Document query) {
        boolean outer = updating;
        updating = true;
        try {
            return super.findAndModify(query);
        } finally {
            updating = outer;
        }
    }

    @Override
    protected QueryResult matchDocuments(Document query, Document orderBy, int numberToSkip, int limit, int batchSize,
                                         Document fieldSelector) {
        Stream<Document> documents;
        if (isNaturalDescending(orderBy)) {
            documents = streamAllDocumentsWithPosition()
                    .sorted((a, b) -> ValueComparator.desc().compare(a.getPosition(), b.getPosition()))
                    .map(DocumentWithPosition::getDocument);
        } else {
            documents = dataMap.values().stream().map(StoredDocument::view);
        }
        return matchDocumentsFromStream(documents, query, orderBy, numberToSkip, limit, batchSize, fieldSelector);
    }
}
