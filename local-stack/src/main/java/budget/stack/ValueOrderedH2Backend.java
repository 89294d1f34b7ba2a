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
import de.bwaldvogel.mongo.bson.ObjectId;
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
 * them, and an index file written in the old order is re-sorted once when opened. What H2 would Java-serialise
 * when it writes a page is written as BSON instead: the documents ({@link BsonCollection}, {@link StoredDocument}),
 * the index keys ({@link KeyValueType}) and the ids that H2's object format does not know ({@link PositionType});
 * a file written in the stock forms is still read.
 */
class ValueOrderedH2Backend extends H2Backend {

    private static final String INDEX_MAP_MARK = "._index_";
    /** How the stock backend names a collection's data map: this prefix and the collection's namespace. */
    private static final String DATA_MAP_PREFIX = "databases.";
    /** And the map of its data size. */
    private static final String META_MAP_PREFIX = "meta.";

    ValueOrderedH2Backend(MVStore store) {
        super(store);
    }

    @Override
    protected MongoDatabase openOrCreateDatabase(String databaseName) {
        return new Database(databaseName, getCursorRegistry());
    }

    /** Opens an index map with value-ordered keys (an already open map is returned as it is). */
    static MVMap<KeyValue, Object> openIndexMap(MVStore store, String name) {
        MVMap<KeyValue, Object> map = store.openMap(name, indexMap());
        if (!sorted(map)) {
            Map<KeyValue, Object> entries = new LinkedHashMap<>();
            map.forEach(entries::put);
            store.removeMap(map);
            map = store.openMap(name, indexMap());
            map.putAll(entries);
        }
        return map;
    }

    private static MVMap.Builder<KeyValue, Object> indexMap() {
        return new MVMap.Builder<KeyValue, Object>().keyType(KeyValueType.INSTANCE).valueType(PositionType.INSTANCE);
    }

    /** Opens a collection's data map with its documents stored as BSON (an already open map is returned as it is). */
    static MVMap<Object, StoredDocument> openDataMap(MVStore store, String name) {
        return store.openMap(name, new MVMap.Builder<Object, StoredDocument>().keyType(PositionType.INSTANCE)
                .valueType(BsonDocumentType.INSTANCE));
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

    /**
     * The stock database with its maps opened with this backend's types: H2 opens a map with the types it is first
     * opened with, and the superclass opens them by name only, so each is opened here first (while the superclass
     * constructor opens the existing collections too: an inner class, its store is its backend's from the start).
     */
    private final class Database extends H2Database {

        Database(String name, CursorRegistry cursors) {
            super(name, withMapsOpened(getMvStore(), name), cursors);
        }

        private static MVStore withMapsOpened(MVStore store, String databaseName) {
            for (String map : store.getMapNames()) {
                if (map.startsWith(databaseName + ".") && map.contains(INDEX_MAP_MARK)) {
                    openIndexMap(store, map);
                } else if (map.startsWith(DATA_MAP_PREFIX + databaseName + ".")) {
                    openDataMap(store, map);
                }
            }
            return store;
        }

        @Override
        protected Index<Object> openOrCreateUniqueIndex(String collectionName, String indexName, List<IndexKey> keys,
                                                        boolean sparse) {
            // the superclass opens the map by name and so gets this one, with its types
            openIndexMap(getMvStore(), getFullCollectionNamespace(collectionName) + INDEX_MAP_MARK + indexName);
            return super.openOrCreateUniqueIndex(collectionName, indexName, keys, sparse);
        }

        @Override
        protected MongoCollection<Object> openOrCreateCollection(String collectionName, CollectionOptions options) {
            String namespace = getFullCollectionNamespace(collectionName);
            return new BsonCollection(this, collectionName, options, openDataMap(getMvStore(), DATA_MAP_PREFIX + namespace),
                    getMvStore().openMap(META_MAP_PREFIX + namespace), cursorRegistry);
        }
    }

    /**
     * Index keys: ordered value by value; written as BSON ({@link BsonForm}: the key's values under the keys "0",
     * "1", ...) rather than Java-serialised in H2's object format as the stock backend writes them, which is still
     * read (and still written for a key holding a value that BSON would not give back as it is).
     */
    static final class KeyValueType extends BasicDataType<KeyValue> {

        static final KeyValueType INSTANCE = new KeyValueType();
        private static final ValueComparator VALUES = ValueComparator.asc();

        @Override
        public int compare(KeyValue a, KeyValue b) {
            int common = Math.min(a.size(), b.size());
            for (int i = 0; i < common; i++) {
                int byValue = compareValues(a.get(i), b.get(i));
                if (byValue != 0) {
                    return byValue;
                }
            }
            if (a.size() != b.size()) {
                return Integer.compare(a.size(), b.size());
            }
            // values MongoDB orders alike but that are not the same key (rare) keep the stock order
            return Objects.equals(a, b) ? 0 : StockObjectType.get().compare(a, b);
        }

        /**
         * As MongoDB orders two values ({@link ValueComparator}), the kinds the pipeline's keys hold (strings, whole
         * numbers, the doubles the server normalises numbers in keys to, ObjectIds) compared directly: the comparator
         * first ranks both values' types by a search through its list of classes, and normalises each number anew,
         * which was most of the cost of looking a key up. A double is compared so only where the comparator would
         * compare it as a double or an int (not NaN, within the int range: never as a long).
         */
        static int compareValues(Object a, Object b) {
            if (a instanceof String x && b instanceof String y) {
                return x.compareTo(y);
            }
            if (a instanceof Integer x && b instanceof Integer y) {
                return Integer.compare(x, y);
            }
            if (a instanceof Double x && b instanceof Double y && withinInt(x) && withinInt(y)) {
                // -0.0 and 0.0 are the same key, as the comparator (which makes both the int 0) has them
                double p = x;
                double q = y;
                return p == q ? 0 : p < q ? -1 : 1;
            }
            if (a instanceof ObjectId x && b instanceof ObjectId y) {
                return x.compareTo(y);
            }
            return VALUES.compare(a, b);
        }

        private static boolean withinInt(double value) {
            return Math.abs(value) < 0x1p31;
        }

        @Override
        public int getMemory(KeyValue key) {
            return 48 + 32 * key.size();
        }

        @Override
        public void write(WriteBuffer buffer, KeyValue key) {
            if (key.stream().allMatch(BsonForm::exact)) {
                BsonForm.writeValues(buffer, key);
            } else {
                StockObjectType.get().write(buffer, key);
            }
        }

        @Override
        public KeyValue read(ByteBuffer buffer) {
            if (BsonForm.marked(buffer)) {
                return new KeyValue(BsonForm.readValues(buffer));
            }
            return (KeyValue) StockObjectType.get().read(buffer);
        }

        @Override
        public KeyValue[] createStorage(int size) {
            return new KeyValue[size];
        }
    }
}
