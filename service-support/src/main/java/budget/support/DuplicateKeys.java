package budget.support;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.bulk.BulkWriteError;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.InsertManyOptions;
import com.mongodb.client.model.WriteModel;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Unordered writes in which a document already there is an expected outcome, not a failure (an earlier attempt of
 * the same write, another instance): every write is tried, those refused for a taken key are named by their index
 * for the caller to settle, and any other refusal is thrown.
 */
public final class DuplicateKeys {

    private DuplicateKeys() {
    }

    /** Inserts them, unordered; returns the indexes of those whose key was taken. */
    public static <T> Set<Integer> insertMany(MongoCollection<T> collection, List<? extends T> documents) {
        try {
            collection.insertMany(documents, new InsertManyOptions().ordered(false));
            return Set.of();
        } catch (MongoBulkWriteException e) {
            return taken(e);
        }
    }

    /** Writes them, unordered; returns the indexes of those refused because their key was taken. */
    public static <T> Set<Integer> bulkWrite(MongoCollection<T> collection, List<? extends WriteModel<? extends T>> writes) {
        try {
            collection.bulkWrite(writes, new BulkWriteOptions().ordered(false));
            return Set.of();
        } catch (MongoBulkWriteException e) {
            return taken(e);
        }
    }

    private static Set<Integer> taken(MongoBulkWriteException e) {
        Set<Integer> taken = new HashSet<>();
        for (BulkWriteError error : e.getWriteErrors()) {
            if (error.getCategory() != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
            taken.add(error.getIndex());
        }
        return taken;
    }
}
