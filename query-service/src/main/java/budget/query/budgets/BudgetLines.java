package budget.query.budgets;

import budget.model.BudgetKind;
import budget.events.published.PublishedRow;
import budget.events.published.PublishedTable;
import budget.model.TableType;
import budget.query.storage.BsonMapping;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Accumulators;
import com.mongodb.client.model.Aggregates;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;
import org.bson.Document;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The budget_lines collection: the code lines of every current version, one small document per budget and
 * code table ({@code _id} {@code <budget id>|<table>}) with its lines keyed by code. A comparison knows the
 * ids of the documents it needs and projects the one code out of each; sums run in MongoDB.
 */
@Component
public class BudgetLines implements CurrentVersionView {

    private static final String UNIT = "元";

    private final MongoCollection<Document> tables;

    BudgetLines(MongoDatabase database) {
        this.tables = database.getCollection("budget_lines");
        tables.createIndex(Indexes.ascending("kind", "year", "table"), new IndexOptions().name("kind_year_table"));
    }

    public static String id(String budgetId, int table) {
        return budgetId + "|" + table;
    }

    @Override
    public void write(List<BudgetRecord> previous, BudgetRecord next) {
        List<ReplaceOneModel<Document>> writes = new ArrayList<>();
        Set<String> current = new HashSet<>();
        for (PublishedTable table : codeTables(next)) {
            Document stored = document(next, table);
            current.add(stored.getString("_id"));
            writes.add(new ReplaceOneModel<>(Filters.eq("_id", stored.getString("_id")), stored, new ReplaceOptions().upsert(true)));
        }
        if (!writes.isEmpty()) {
            tables.bulkWrite(writes, new BulkWriteOptions().ordered(false));
        }
        Set<String> stale = new HashSet<>();
        previous.forEach(record -> codeTables(record).forEach(table -> stale.add(id(record.id(), table.number()))));
        stale.removeAll(current);
        if (!stale.isEmpty()) {
            tables.deleteMany(Filters.in("_id", stale));
        }
    }

    /** The line of one code in each of these budgets' code tables that has it. */
    public List<BudgetLine> find(Collection<String> budgetIds, Collection<Integer> tableNumbers, String code) {
        List<String> ids = new ArrayList<>();
        budgetIds.forEach(budgetId -> tableNumbers.forEach(table -> ids.add(id(budgetId, table))));
        List<BudgetLine> out = new ArrayList<>();
        if (ids.isEmpty()) {
            return out;
        }
        for (Document d : tables.find(Filters.in("_id", ids)).projection(Projections.include(
                "budgetId", "departmentKey", "departmentPrinted", "kind", "year", "table", "lines." + code))) {
            Document line = d.getEmbedded(List.of("lines", code), Document.class);
            if (line != null) {
                out.add(line(d, code, line));
            }
        }
        return out;
    }

    /** A code's column summed over every budget of one kind and year, in MongoDB; with the count of lines. */
    public Sum sum(BudgetKind kind, int year, int table, String code, String column) {
        String line = "lines." + code;
        Document group = tables.aggregate(List.of(
                Aggregates.match(Filters.and(Filters.eq("kind", kind.name()), Filters.eq("year", year),
                        Filters.eq("table", table), Filters.exists(line))),
                Aggregates.group(null, Accumulators.sum("total", "$" + line + ".amounts." + column),
                        Accumulators.sum("lines", 1))))
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

    private static List<PublishedTable> codeTables(BudgetRecord record) {
        return record.current().budget().tables().stream()
                .filter(table -> table.type().shape() == TableType.Shape.CODE && !table.rows().isEmpty()).toList();
    }

    private static Document document(BudgetRecord record, PublishedTable table) {
        Document lines = new Document();
        for (PublishedRow row : table.rows()) {
            lines.put(row.code(), new Document("name", row.name()).append("level", row.level())
                    .append("classCode", row.code().substring(0, Math.min(3, row.code().length())))
                    .append("amounts", new Document(table.byColumn(row.amounts()))));
        }
        return new Document("_id", id(record.id(), table.number())).append("budgetId", record.id())
                .append("departmentKey", record.departmentKey()).append("departmentPrinted", record.departmentPrinted())
                .append("kind", record.kind().name()).append("year", record.year()).append("table", table.number())
                .append("lines", lines);
    }

    private static BudgetLine line(Document d, String code, Document line) {
        Map<String, BigDecimal> amounts = new LinkedHashMap<>();
        line.get("amounts", Document.class).forEach((column, value) -> amounts.put(column, (BigDecimal) BsonMapping.plain(value)));
        return new BudgetLine(d.getString("budgetId"), d.getString("departmentKey"), d.getString("departmentPrinted"),
                BudgetKind.valueOf(d.getString("kind")), d.getInteger("year"), d.getInteger("table"), code,
                line.getInteger("level"), line.getString("classCode"), line.getString("name"), amounts);
    }
}
