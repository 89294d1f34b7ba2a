package budget.query.catalog;

import budget.model.BudgetKey;
import budget.model.BudgetKind;
import budget.query.budgets.BudgetRecord;
import budget.query.budgets.CurrentVersionView;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;

/**
 * The departments collection: one small document per department key with its printed names, level,
 * region and the ids of its budgets. It answers "which departments" and "which years" without a scan of
 * the budgets, and gives comparisons the exact ids of the lines they need.
 */
@Component
public class DepartmentCatalog implements CurrentVersionView {

    private final MongoCollection<Document> departments;

    DepartmentCatalog(MongoDatabase database) {
        this.departments = database.getCollection("departments");
        departments.createIndex(Indexes.ascending("years"), new IndexOptions().name("years"));
    }

    @Override
    public void write(List<Change> changes) {
        List<UpdateOneModel<Document>> writes = new ArrayList<>();
        for (Change change : changes) {
            BudgetRecord next = change.next();
            writes.add(new UpdateOneModel<>(Filters.eq("_id", next.departmentKey()), Updates.combine(
                            Updates.addToSet("printedNames", next.departmentPrinted()),
                            Updates.addToSet("years", next.year()),
                            Updates.addToSet("kinds", next.kind().name()),
                            Updates.addToSet("budgetIds", next.id()),
                            Updates.set("level", next.level() == null ? null : next.level().name()),
                            Updates.set("region", next.region())),
                    new UpdateOptions().upsert(true)));
        }
        if (!writes.isEmpty()) {
            // in order: budgets of one department in the same poll each set its level and region, the last one's stays
            departments.bulkWrite(writes, new BulkWriteOptions().ordered(true));
        }
    }

    List<DepartmentSummary> all() {
        List<DepartmentSummary> out = new ArrayList<>();
        for (Document d : departments.find().sort(Sorts.ascending("_id"))) {
            out.add(summary(d));
        }
        return out;
    }

    /** The years a department has a budget of this kind, ascending; empty for an unknown department. */
    public List<Integer> years(String departmentKey, BudgetKind kind) {
        Document d = departments.find(Filters.eq("_id", departmentKey)).projection(Projections.include("budgetIds")).first();
        if (d == null) {
            return List.of();
        }
        return d.getList("budgetIds", String.class).stream().map(BudgetKey::parse)
                .filter(key -> key.kind() == kind).map(BudgetKey::year).sorted().toList();
    }

    /** The ids of every budget of this kind and year, by department key. */
    public List<String> budgetIds(int year, BudgetKind kind) {
        List<String> ids = new ArrayList<>();
        for (Document d : departments.find(Filters.eq("years", year)).projection(Projections.include("_id"))
                .sort(Sorts.ascending("_id"))) {
            ids.add(new BudgetKey(d.getString("_id"), kind, year).id());
        }
        return ids;
    }

    /** The ids of every budget of this kind, of every department and year. */
    public List<String> budgetIds(BudgetKind kind) {
        List<String> ids = new ArrayList<>();
        for (Document d : departments.find().projection(Projections.include("budgetIds")).sort(Sorts.ascending("_id"))) {
            d.getList("budgetIds", String.class).stream().filter(id -> BudgetKey.parse(id).kind() == kind).forEach(ids::add);
        }
        return ids;
    }

    private static DepartmentSummary summary(Document d) {
        return new DepartmentSummary(d.getString("_id"),
                d.getList("printedNames", String.class).stream().sorted().toList(), d.getString("level"),
                d.getString("region"), d.getList("years", Integer.class).stream().sorted().toList(),
                d.getList("kinds", String.class).stream().sorted().toList());
    }
}
