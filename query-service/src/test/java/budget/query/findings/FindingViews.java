package budget.query.findings;

import budget.query.budgets.CurrentVersionView;
import com.mongodb.client.MongoDatabase;

/** The findings view for tests and benchmarks outside this feature, which keeps its store to itself. */
public final class FindingViews {

    private FindingViews() {
    }

    public static CurrentVersionView store(MongoDatabase database) {
        return new FindingStore(database);
    }
}
