package budget.query.budgets;

import com.mongodb.MongoSocketReadTimeoutException;
import com.mongodb.MongoTimeoutException;
import com.mongodb.MongoWriteException;
import com.mongodb.ServerAddress;
import com.mongodb.WriteError;
import org.bson.BsonDocument;
import org.bson.BsonMaximumSizeExceededException;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which failures of storing a validated event are worth retrying (then a dead letter, replayed once repaired) and
 * which are the event's own, the same on every try (a failed event with stage STORE).
 */
class StoreFaultsTests {

    private static final ServerAddress SERVER = new ServerAddress("localhost", 27017);

    @Test
    void theStoreNotAnsweringRacingWritesAndAnUnreadableStoredRecordAreRetried() {
        assertThat(BudgetStoring.retryable(new MongoTimeoutException("no server within 30000 ms"))).isTrue();
        assertThat(BudgetStoring.retryable(new MongoSocketReadTimeoutException("read timed out", SERVER,
                new java.net.SocketTimeoutException()))).isTrue();
        assertThat(BudgetStoring.retryable(write(11000, "E11000 duplicate key error"))).isTrue();
        assertThat(BudgetStoring.retryable(new BudgetStore.Contended("budget x kept changing"))).isTrue();
        assertThat(BudgetStoring.retryable(new BudgetStore.Unreadable("the stored record x cannot be read",
                new IllegalArgumentException("revision")))).isTrue();
        assertThat(BudgetStoring.retryable(new IllegalStateException("wrapped", new MongoTimeoutException("down"))))
                .as("found through the causes").isTrue();
    }

    @Test
    void aWriteTheServerRefusesForItsContentARecordTooLargeAndTheReadModelsOwnBugsAreNot() {
        assertThat(BudgetStoring.retryable(write(2, "BadValue: field names may not start with '$'"))).isFalse();
        assertThat(BudgetStoring.retryable(new BsonMaximumSizeExceededException("Payload document size is larger than"
                + " maximum of 16777216."))).isFalse();
        assertThat(BudgetStoring.retryable(new NullPointerException("report"))).isFalse();
        assertThat(BudgetStoring.retryable(new IllegalArgumentException("not a budget key id: x"))).isFalse();
    }

    private static MongoWriteException write(int code, String message) {
        return new MongoWriteException(new WriteError(code, message, new BsonDocument()), SERVER, Set.of());
    }
}
