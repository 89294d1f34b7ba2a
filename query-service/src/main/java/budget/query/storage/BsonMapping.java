package budget.query.storage;

import budget.events.EventJson;
import org.bson.Document;
import org.bson.types.Decimal128;
import tools.jackson.core.type.TypeReference;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Records to BSON documents and back, through the same JSON names as the events. Amounts stay exact: a
 * BigDecimal becomes a Decimal128 (so MongoDB can sum them) and comes back as the same BigDecimal.
 */
public final class BsonMapping {

    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
    };

    private BsonMapping() {
    }

    public static Document toDocument(Object record) {
        return new Document(EventJson.mapper().convertValue(record, MAP));
    }

    public static <T> T fromDocument(Document document, Class<T> type) {
        return EventJson.mapper().convertValue(plain(document), type);
    }

    /** A document with every Decimal128 inside turned into BigDecimal, keeping Document access methods. */
    public static Document plainDocument(Document document) {
        Document out = new Document();
        document.forEach((k, v) -> out.put(k, v instanceof Document d ? plainDocument(d) : plain(v)));
        return out;
    }

    /** Decimal128 → BigDecimal, nested documents → maps: what Jackson reads back into records. */
    @SuppressWarnings("unchecked")
    public static Object plain(Object value) {
        if (value instanceof Decimal128 decimal) {
            return decimal.bigDecimalValue();
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> out = new LinkedHashMap<>();
            ((Map<String, Object>) map).forEach((k, v) -> out.put(k, plain(v)));
            return out;
        }
        if (value instanceof List<?> list) {
            List<Object> out = new ArrayList<>(list.size());
            list.forEach(v -> out.add(plain(v)));
            return out;
        }
        return value;
    }
}
