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
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Projections;
import org.bson.BsonBinaryWriter;
import org.bson.Document;
import org.bson.RawBsonDocument;
import org.bson.io.BasicOutputBuffer;
import org.bson.types.Decimal128;
import budget.query.storage.WritesById;
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
    private final MongoCollection<RawBsonDocument> tablesBson;

    BudgetLines(MongoDatabase database) {
        this.tables = database.getCollection("budget_lines");
        this.tablesBson = tables.withDocumentClass(RawBsonDocument.class);
        tables.createIndex(Indexes.ascending("kind", "year", "table"), new IndexOptions().name("kind_year_table"));
    }

    public static String id(String budgetId, int table) {
        return budgetId + "|" + table;
    }

    @Override
    public void write(List<Change> changes) {
        WritesById<RawBsonDocument> writes = new WritesById<>();
        Set<String> current = new HashSet<>();
        Set<String> stale = new HashSet<>();
        for (Change change : changes) {
            BudgetRecord next = change.next();
            for (PublishedTable table : codeTables(next)) {
                String id = id(next.id(), table.number());
                current.add(id);
                // a budget new to the store has no lines yet (unless an interrupted attempt wrote them)
                writes.add(id, document(id, next, table), change.previous().isEmpty());
            }
            change.previous().forEach(record -> codeTables(record)
                    .forEach(table -> stale.add(id(record.id(), table.number()))));
        }
        writes.writeTo(tablesBson);
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

    /**
     * One code table's document, written straight as BSON (these are most of what storing a budget writes): its
     * budget, then its lines by code (a code printed twice keeps its first place and its last line), each line's
     * amounts by column as Decimal128, so MongoDB sums them exactly.
     */
    static RawBsonDocument document(String id, BudgetRecord record, PublishedTable table) {
        Map<String, PublishedRow> byCode = new LinkedHashMap<>();
        table.rows().forEach(row -> byCode.put(row.code(), row));
        BasicOutputBuffer out = new BasicOutputBuffer(256 + 160 * byCode.size());
        try (BsonBinaryWriter writer = new BsonBinaryWriter(out)) {
            writer.writeStartDocument();
            writer.writeString("_id", id);
            writeString(writer, "budgetId", record.id());
            writeString(writer, "departmentKey", record.departmentKey());
            writeString(writer, "departmentPrinted", record.departmentPrinted());
            writer.writeString("kind", record.kind().name());
            writer.writeInt32("year", record.year());
            writer.writeInt32("table", table.number());
            writer.writeStartDocument("lines");
            byCode.forEach((code, row) -> {
                writer.writeStartDocument(code);
                writeString(writer, "name", row.name());
                writer.writeInt32("level", row.level());
                writer.writeString("classCode", code.substring(0, Math.min(3, code.length())));
                writer.writeStartDocument("amounts");
                table.byColumn(row.amounts()).forEach((column, amount) ->
                        writer.writeDecimal128(column, new Decimal128(amount)));
                writer.writeEndDocument();
                writer.writeEndDocument();
            });
            writer.writeEndDocument();
            writer.writeEndDocument();
        }
        return new RawBsonDocument(out.getInternalBuffer(), 0, out.getPosition());
    }

    private static void writeString(BsonBinaryWriter writer, String name, String value) {
        if (value == null) {
            writer.writeNull(name);
        } else {
            writer.writeString(name, value);
        }
    }

    private static BudgetLine line(Document d, String code, Document line) {
        Map<String, BigDecimal> amounts = new LinkedHashMap<>();
        line.get("amounts", Document.class).forEach((column, value) -> amounts.put(column, (BigDecimal) BsonMapping.plain(value)));
        return new BudgetLine(d.getString("budgetId"), d.getString("departmentKey"), d.getString("departmentPrinted"),
                BudgetKind.valueOf(d.getString("kind")), d.getInteger("year"), d.getInteger("table"), code,
                line.getInteger("level"), line.getString("classCode"), line.getString("name"), amounts);
    }
}
