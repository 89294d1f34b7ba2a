package budget.stack;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.ValueComparator;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import de.bwaldvogel.mongo.bson.Document;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.BasicDataType;
import org.h2.mvstore.type.ObjectDataType;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * mongo-java-server's H2 backend with index keys ordered by their values. The stock backend keeps each
 * index in an H2 map whose key type (a list of values) H2 does not know, so H2 orders those keys by
 * Java-serialising both sides of every comparison: every lookup by _id cost a dozen serialisations, and
 * that was most of the store's CPU under load. Here the keys compare value by value, as MongoDB orders
 * them; keys are written to the file exactly as before, and an index file written in the old order is
 * re-sorted once when opened. The documents themselves are stored as BSON rather than Java-serialised (see
 * {@link BsonDocumentType}).
 */
class ValueOrderedH2Backend extends H2Backend {

    private static final String INDEX_MAP_MARK = "._index_";
    /** How the stock backend names a collection's data map: this prefix and the collection's namespace. */
    private static final String DATA_MAP_PREFIX = "databases.";

    ValueOrderedH2Backend(MVStore store) {
        super(store);
    }

    @Override
    protected MongoDatabase openOrCreateDatabase(String databaseName) {
        return new Database(databaseName, getMvStore(), getCursorRegistry());
    }

    /** Opens an index map with value-ordered keys (an already open map is returned as it is). */
    static MVMap<KeyValue, Object> openIndexMap(MVStore store, String name) {
        MVMap<KeyValue, Object> map = store.openMap(name, new MVMap.Builder<KeyValue, Object>().keyType(KeyValueType.INSTANCE));
        if (!sorted(map)) {
            Map<KeyValue, Object> entries = new LinkedHashMap<>();
            map.forEach(entries::put);
            store.removeMap(map);
            map = store.openMap(name, new MVMap.Builder<KeyValue, Object>().keyType(KeyValueType.INSTANCE));
            map.putAll(entries);
        }
        return map;
    }

    /** Opens a collection's data map with its documents stored as BSON (an already open map is returned as it is). */
    static MVMap<Object, Document> openDataMap(MVStore store, String name) {
        return store.openMap(name, new MVMap.Builder<Object, Document>().valueType(BsonDocumentType.INSTANCE));
    }

    private static boolean sorted(MVMap<KeyValue, Object> map) {
        KeyValue previous = null;
        for (Iterator<KeyValue> keys = map.keyIterator(null); keys.hasNext(); ) {
            KeyValue key = keys.next();
            if (previous != null && KeyValueType.INSTANCE.compare(previous, key) >= 0) {
                return false;
            }
            previous = key;
        }
        return true;
    }

    private static final class Database extends H2Database {

        /** Null while the superclass constructor opens the existing indexes, which are opened beforehand. */
        private final MVStore store;

        Database(String name, MVStore store, CursorRegistry cursors) {
            super(name, withIndexMapsOpened(store, name), cursors);
            this.store = store;
        }

        private static MVStore withIndexMapsOpened(MVStore store, String databaseName) {
            List<String> names = new ArrayList<>();
            for (String map : store.getMapNames()) {
                if (map.startsWith(databaseName + ".") && map.contains(INDEX_MAP_MARK)) {
                    names.add(map);
                }
            }
            names.forEach(name -> openIndexMap(store, name));
            for (String map : store.getMapNames()) {
                if (map.startsWith(DATA_MAP_PREFIX + databaseName + ".")) {
                    openDataMap(store, map);
                }
            }
            return store;
        }

        @Override
        protected Index<Object> openOrCreateUniqueIndex(String collectionName, String indexName, List<IndexKey> keys,
                                                        boolean sparse) {
            if (store != null) {
                // the superclass opens the map by name and so gets this one, with its key type
                openIndexMap(store, getFullCollectionNamespace(collectionName) + INDEX_MAP_MARK + indexName);
            }
            return super.openOrCreateUniqueIndex(collectionName, indexName, keys, sparse);
        }

        @Override
        protected MongoCollection<Object> openOrCreateCollection(String collectionName, CollectionOptions options) {
            if (store != null) {
                // the superclass opens the data map by name and so gets this one, with its value type
                openDataMap(store, DATA_MAP_PREFIX + getFullCollectionNamespace(collectionName));
            }
            return super.openOrCreateCollection(collectionName, options);
        }
    }

    /** Index keys: ordered value by value; stored in H2's own object format, as the stock backend stores them. */
    static final class KeyValueType extends BasicDataType<KeyValue> {

        static final KeyValueType INSTANCE = new KeyValueType();

        private static final ObjectDataType STORED = new ObjectDataType();
        private static final ValueComparator VALUES = ValueComparator.asc();

        @Override
        public int compare(KeyValue a, KeyValue b) {
            int common = Math.min(a.size(), b.size());
            for (int i = 0; i < common; i++) {
                int byValue = VALUES.compare(a.get(i), b.get(i));
                if (byValue != 0) {
                    return byValue;
                }
            }
            if (a.size() != b.size()) {
                return Integer.compare(a.size(), b.size());
            }
            // values MongoDB orders alike but that are not the same key (rare) keep the stock order
            return Objects.equals(a, b) ? 0 : STORED.compare(a, b);
        }

        @Override
        public int getMemory(KeyValue key) {
            return 48 + 32 * key.size();
        }

        @Override
        public void write(WriteBuffer buffer, KeyValue key) {
            STORED.write(buffer, key);
        }

        @Override
        public KeyValue read(ByteBuffer buffer) {
            return (KeyValue) STORED.read(buffer);
        }

        @Override
        public KeyValue[] createStorage(int size) {
            return new KeyValue[size];
        }
    }
}
