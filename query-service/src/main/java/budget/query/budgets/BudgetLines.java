package budget.query.budgets;

import budget.model.BudgetKind;
import budget.query.storage.BsonMapping;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Accumulators;
import com.mongodb.client.model.Aggregates;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;
import org.bson.Document;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The budget_lines collection: every code line of every current version, one small document each, keyed
 * by {@link BudgetLine#id}. Comparisons fetch exactly the lines they need by id; sums run in MongoDB.
 */
@Component
public class BudgetLines implements CurrentVersionView {

    private final MongoCollection<Document> lines;

    BudgetLines(MongoDatabase database) {
        this.lines = database.getCollection("budget_lines");
        lines.createIndex(Indexes.ascending("kind", "year", "table", "code"), new IndexOptions().name("year_code"));
        lines.createIndex(Indexes.ascending("budgetId"), new IndexOptions().name("budget"));
    }

    @Override
    public void write(List<BudgetRecord> previous, BudgetRecord next) {
        List<BudgetLine> current = BudgetLine.of(next);
        if (!current.isEmpty()) {
            lines.bulkWrite(current.stream().map(line -> new ReplaceOneModel<>(Filters.eq("_id", line.id()),
                    BsonMapping.toDocument(line), new ReplaceOptions().upsert(true))).toList(),
                    new BulkWriteOptions().ordered(false));
        }
        Set<String> stale = new HashSet<>();
        previous.forEach(record -> BudgetLine.of(record).forEach(line -> stale.add(line.id())));
        current.forEach(line -> stale.remove(line.id()));
        if (!stale.isEmpty()) {
            lines.deleteMany(Filters.in("_id", stale));
        }
    }

    /** The lines with these ids that exist. */
    public List<BudgetLine> find(Collection<String> ids) {
        List<BudgetLine> out = new ArrayList<>();
        if (ids.isEmpty()) {
            return out;
        }
        for (Document document : lines.find(Filters.in("_id", ids))) {
            out.add(BsonMapping.fromDocument(document, BudgetLine.class));
        }
        return out;
    }

    /** A code's column summed over every budget of one kind and year, in MongoDB; with the count of lines. */
    public Sum sum(BudgetKind kind, int year, int table, String code, String column) {
        Document group = lines.aggregate(List.of(
                Aggregates.match(Filters.and(Filters.eq("kind", kind.name()), Filters.eq("year", year),
                        Filters.eq("table", table), Filters.eq("code", code))),
                Aggregates.group(null, Accumulators.sum("total", "$amounts." + column), Accumulators.sum("lines", 1))))
                .first();
        if (group == null) {
            return new Sum(BigDecimal.ZERO, 0);
        }
        Object total = BsonMapping.plain(group.get("total"));
        return new Sum(total instanceof BigDecimal decimal ? decimal : new BigDecimal(String.valueOf(total)),
                group.getInteger("lines", 0));
    }

    public record Sum(BigDecimal total, int lines) {
    }
}
