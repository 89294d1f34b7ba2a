package budget.query.storage;

import budget.support.DuplicateKeys;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.InsertOneModel;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.WriteModel;

import java.util.ArrayList;
import java.util.List;

/**
 * Whole documents written by {@code _id}, in one unordered bulk write: those expected to be new are inserted, the
 * others replaced (upserted). An insert is the cheaper write (a store need not look the document up first, nor
 * work out a replacement); one that meets a document already there (an earlier attempt of the same write, or
 * another instance) replaces it instead, so the outcome is always that of a replacement.
 */
public final class WritesById<T> {

    private final List<Object> ids = new ArrayList<>();
    private final List<T> documents = new ArrayList<>();
    private final List<Boolean> expectedNew = new ArrayList<>();

    /** The document of this id, inserted if {@code expectedNew}, else replaced. */
    public void add(Object id, T document, boolean expectedNew) {
        ids.add(id);
        documents.add(document);
        this.expectedNew.add(expectedNew);
    }

    public boolean isEmpty() {
        return ids.isEmpty();
    }

    public void writeTo(MongoCollection<T> collection) {
        if (ids.isEmpty()) {
            return;
        }
        List<WriteModel<T>> writes = new ArrayList<>(ids.size());
        for (int i = 0; i < ids.size(); i++) {
            writes.add(expectedNew.get(i) ? new InsertOneModel<>(documents.get(i)) : replacement(i));
        }
        // an insert that met a document, or an upsert that raced another one inserting it: replaced now
        List<WriteModel<T>> again = new ArrayList<>();
        DuplicateKeys.bulkWrite(collection, writes).forEach(i -> again.add(replacement(i)));
        if (!again.isEmpty()) {
            collection.bulkWrite(again, new BulkWriteOptions().ordered(false));
        }
    }

    private ReplaceOneModel<T> replacement(int i) {
        return new ReplaceOneModel<>(Filters.eq("_id", ids.get(i)), documents.get(i), new ReplaceOptions().upsert(true));
    }
}
