package budget.stack;

import de.bwaldvogel.mongo.bson.ObjectId;
import de.bwaldvogel.mongo.backend.KeyValue;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The store's key and position types are shared by every map and every thread: the server's workers look documents
 * up while H2's background writer writes pages. Comparing keys of H2's object format from several threads at once,
 * mixing the kinds the pipeline stores (string ids, ObjectIds of GridFS chunks), never fails and always gives the
 * same order. (A shared {@code ObjectDataType} remembers the last kind it saw; two threads switching it refused to
 * compare two ObjectIds, "Can not compare", and the writer thread's failure closed the store.)
 */
class ConcurrentKeyTypesTests {

    @Test
    void positionsAndKeysCompareFromManyThreadsAtOnce() throws Exception {
        ObjectId first = new ObjectId();
        ObjectId second = new ObjectId();
        int expected = Integer.signum(first.compareTo(second));
        KeyValue mixedA = new KeyValue(List.of(first, "b"));
        KeyValue mixedB = new KeyValue(List.of(first, 2));
        int expectedMixed = Integer.signum(ValueOrderedH2Backend.KeyValueType.INSTANCE.compare(mixedA, mixedB));
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                int thread = t;
                results.add(threads.submit((Callable<Integer>) () -> {
                    int wrong = 0;
                    for (int i = 0; i < 200_000; i++) {
                        if (thread % 2 == 0) {
                            wrong += Integer.signum(PositionType.INSTANCE.compare(first, second)) == expected ? 0 : 1;
                            wrong += Integer.signum(ValueOrderedH2Backend.KeyValueType.INSTANCE.compare(mixedA, mixedB))
                                    == expectedMixed ? 0 : 1;
                        } else {
                            // sizing (as a page is written) switches what a shared instance last saw
                            PositionType.INSTANCE.getMemory("document-" + (i % 7));
                            PositionType.INSTANCE.getMemory(first);
                            PositionType.INSTANCE.compare("document-" + (i % 7), "document-3");
                        }
                    }
                    return wrong;
                }));
            }
            for (Future<Integer> result : results) {
                assertThat(result.get()).as("comparisons giving another order").isZero();
            }
        } finally {
            threads.shutdownNow();
        }
    }
}
