package budget.query.catalog;

import com.mongodb.client.MongoDatabase;

/** The department catalog for tests and benchmarks outside this feature, which wires it by Spring otherwise. */
public final class CatalogViews {

    private CatalogViews() {
    }

    public static DepartmentCatalog catalog(MongoDatabase database) {
        return new DepartmentCatalog(database);
    }
}
