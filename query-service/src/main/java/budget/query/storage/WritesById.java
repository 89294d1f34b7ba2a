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

    private record Write<T>(Object id, T document, boolean expectedNew) {
    }

    private final List<Write<T>> writes = new ArrayList<>();

    /** The document of this id, inserted if {@code expectedNew}, else replaced. */
    public void add(Object id, T document, boolean expectedNew) {
        writes.add(new Write<>(id, document, expectedNew));
    }

    public void writeTo(MongoCollection<T> collection) {
        if (writes.isEmpty()) {
            return;
        }
        List<WriteModel<T>> models = new ArrayList<>(writes.size());
        for (Write<T> write : writes) {
            models.add(write.expectedNew() ? new InsertOneModel<>(write.document()) : replacement(write));
        }
        // an insert that met a document, or an upsert that raced another one inserting it: replaced now
        List<WriteModel<T>> again = new ArrayList<>();
        DuplicateKeys.bulkWrite(collection, models).forEach(i -> again.add(replacement(writes.get(i))));
        if (!again.isEmpty()) {
            collection.bulkWrite(again, new BulkWriteOptions().ordered(false));
        }
    }

    private ReplaceOneModel<T> replacement(Write<T> write) {
        return new ReplaceOneModel<>(Filters.eq("_id", write.id()), write.document(), new ReplaceOptions().upsert(true));
    }
}
