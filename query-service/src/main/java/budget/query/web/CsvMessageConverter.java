package budget.query.web;

import budget.events.published.PublishedItem;
import budget.events.published.PublishedRow;
import budget.events.published.PublishedTable;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.HttpOutputMessage;
import org.springframework.http.MediaType;
import org.springframework.http.converter.AbstractHttpMessageConverter;
import org.springframework.http.converter.HttpMessageNotReadableException;


import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes any list the API returns as CSV (ask with {@code ?format=csv} or {@code Accept: text/csv}): UTF-8
 * with a byte order mark so Excel shows Chinese correctly, one row per item, nested records and maps
 * flattened into dotted columns ({@code amounts.合计}), amounts in plain decimal notation. A record holding
 * one list (a page) is written as that list; a budget table as its lines, each amount under its column's name.
 */

public class CsvMessageConverter extends AbstractHttpMessageConverter<Object> {

    public static final MediaType TEXT_CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    public CsvMessageConverter() {
        super(TEXT_CSV);
    }

    @Override
    protected boolean supports(Class<?> clazz) {
        return Collection.class.isAssignableFrom(clazz) || clazz.isRecord();
    }

    @Override
    protected boolean canRead(MediaType mediaType) {
        return false;
    }

    @Override
    protected Object readInternal(Class<?> clazz, HttpInputMessage inputMessage) {
        throw new HttpMessageNotReadableException("CSV is an output format only", inputMessage);
    }

    @Override
    protected void writeInternal(Object body, HttpOutputMessage output) throws IOException {
        List<Map<String, String>> rows = new ArrayList<>();
        for (Object item : items(body)) {
            Map<String, String> row = new LinkedHashMap<>();
            flatten("", item, row);
            rows.add(row);
        }
        Set<String> columns = new LinkedHashSet<>();
        rows.forEach(row -> columns.addAll(row.keySet()));
        Writer writer = new OutputStreamWriter(output.getBody(), StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        writer.write(line(new ArrayList<>(columns)));
        for (Map<String, String> row : rows) {
            writer.write(line(columns.stream().map(c -> row.getOrDefault(c, "")).toList()));
        }
        writer.flush();
    }

    private static Collection<?> items(Object body) {
        if (body instanceof Collection<?> collection) {
            return collection;
        }
        if (body instanceof PublishedTable table) {
            return lines(table);
        }
        List<Collection<?>> lists = new ArrayList<>();
        for (RecordComponent component : body.getClass().getRecordComponents()) {
            // the record's list of rows: a non-empty list of records or maps (not, say, a list of column names)
            if (value(component, body) instanceof Collection<?> list && !list.isEmpty()
                    && (list.iterator().next().getClass().isRecord() || list.iterator().next() instanceof Map)) {
                lists.add(list);
            }
        }
        return lists.size() == 1 ? lists.get(0) : List.of(body);
    }

    /** A table's lines (rows, items or cells, whichever it has) with their amounts named by the table's columns. */
    private static List<Object> lines(PublishedTable table) {
        List<Object> lines = new ArrayList<>();
        for (PublishedRow row : table.rows()) {
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("code", row.code());
            line.put("name", row.name());
            line.put("amounts", table.byColumn(row.amounts()));
            line.put("printedCode", row.printedCode());
            lines.add(line);
        }
        for (PublishedItem item : table.items()) {
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("side", item.side());
            line.put("role", item.role());
            line.put("label", item.label());
            line.put("amounts", table.byColumn(item.amounts()));
            lines.add(line);
        }
        lines.addAll(table.cells());
        return lines;
    }

    private static void flatten(String prefix, Object value, Map<String, String> row) {
        if (value == null) {
            row.put(prefix, "");
        } else if (value instanceof BigDecimal decimal) {
            row.put(prefix, decimal.toPlainString());
        } else if (value instanceof Map<?, ?> map) {
            map.forEach((k, v) -> flatten(join(prefix, String.valueOf(k)), v, row));
        } else if (value instanceof Collection<?> list) {
            row.put(prefix, String.join(";", list.stream().map(String::valueOf).toList()));
        } else if (value.getClass().isRecord()) {
            for (RecordComponent component : value.getClass().getRecordComponents()) {
                flatten(join(prefix, component.getName()), value(component, value), row);
            }
        } else {
            row.put(prefix, String.valueOf(value));
        }
    }

    private static Object value(RecordComponent component, Object record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read " + component, e);
        }
    }

    private static String join(String prefix, String name) {
        return prefix.isEmpty() ? name : prefix + "." + name;
    }

    private static String line(List<String> cells) {
        return String.join(",", cells.stream().map(CsvMessageConverter::quote).toList()) + "\r\n";
    }

    private static String quote(String cell) {
        boolean needs = cell.contains(",") || cell.contains("\"") || cell.contains("\n") || cell.contains("\r");
        return needs ? '"' + cell.replace("\"", "\"\"") + '"' : cell;
    }
}
