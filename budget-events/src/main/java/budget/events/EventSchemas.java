package budget.events;

import com.fasterxml.jackson.annotation.JsonProperty;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;

/**
 * JSON Schemas of the four events and every record they contain, generated from the records themselves.
 * The AsyncAPI document's {@code components.schemas} must equal this; a test compares them, so the
 * published contract cannot drift from the code.
 */
public final class EventSchemas {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private EventSchemas() {
    }

    /** What the topics carry besides the events: the compacted topic of budget summaries. */
    public static final java.util.List<Class<?>> TOPIC_RECORDS = java.util.List.of(budget.model.BudgetSummary.class);

    /** Schema name (the record's simple name) → JSON Schema, for the events, the summaries and all they reach. */
    public static Map<String, ObjectNode> generate() {
        Map<String, ObjectNode> schemas = new TreeMap<>();
        for (Class<?> event : BudgetEvent.class.getPermittedSubclasses()) {
            define(event, schemas);
        }
        TOPIC_RECORDS.forEach(record -> define(record, schemas));
        return schemas;
    }

    private static void define(Class<?> record, Map<String, ObjectNode> schemas) {
        if (schemas.containsKey(record.getSimpleName())) {
            return;
        }
        ObjectNode schema = JSON.objectNode().put("type", "object");
        schemas.put(record.getSimpleName(), schema);
        ObjectNode properties = schema.putObject("properties");
        for (RecordComponent component : record.getRecordComponents()) {
            // @JsonProperty on a record component lands on its accessor (and field and constructor parameter)
            JsonProperty name = component.getAccessor().getAnnotation(JsonProperty.class);
            if (name == null) {
                throw new IllegalStateException(record.getName() + "." + component.getName() + " has no explicit JSON name");
            }
            ObjectNode type = type(component.getGenericType(), schemas);
            if (component.getAccessor().isAnnotationPresent(budget.events.published.ColumnAligned.class)) {
                type.put("description", "one entry per column of the table, in its order; null where there is none");
                type.set("items", nullable((ObjectNode) type.get("items")));
            }
            properties.set(name.value(), type);
        }
    }

    /** An item schema that also lets the item be null. */
    private static ObjectNode nullable(ObjectNode item) {
        ObjectNode either = JSON.objectNode();
        either.putArray("oneOf").add(item).add(JSON.objectNode().put("type", "null"));
        return either;
    }

    private static ObjectNode type(Type type, Map<String, ObjectNode> schemas) {
        if (type instanceof ParameterizedType parameterized) {
            Class<?> raw = (Class<?>) parameterized.getRawType();
            Type[] arguments = parameterized.getActualTypeArguments();
            if (Collection.class.isAssignableFrom(raw)) {
                ObjectNode array = JSON.objectNode().put("type", "array");
                array.set("items", type(arguments[0], schemas));
                return array;
            }
            if (Map.class.isAssignableFrom(raw)) {
                ObjectNode map = JSON.objectNode().put("type", "object");
                map.set("additionalProperties", type(arguments[1], schemas));
                return map;
            }
        }
        Class<?> clazz = (Class<?>) type;
        if (clazz == String.class) {
            return JSON.objectNode().put("type", "string");
        }
        if (clazz == Instant.class) {
            return JSON.objectNode().put("type", "string").put("format", "date-time");
        }
        if (clazz == int.class || clazz == Integer.class || clazz == long.class || clazz == Long.class
                || clazz == short.class) {
            return JSON.objectNode().put("type", "integer");
        }
        if (clazz == double.class || clazz == Double.class) {
            return JSON.objectNode().put("type", "number").put("description", "geometry in PDF points, not money");
        }
        if (clazz == BigDecimal.class) {
            return JSON.objectNode().put("type", "number").put("description", "exact decimal, read it as a decimal, never as binary floating point");
        }
        if (clazz == boolean.class || clazz == Boolean.class) {
            return JSON.objectNode().put("type", "boolean");
        }
        if (clazz.isEnum()) {
            ObjectNode enumeration = JSON.objectNode().put("type", "string");
            ArrayNode values = enumeration.putArray("enum");
            Arrays.stream(clazz.getEnumConstants()).forEach(c -> values.add(((Enum<?>) c).name()));
            return enumeration;
        }
        if (clazz.isRecord()) {
            define(clazz, schemas);
            return JSON.objectNode().put("$ref", "#/components/schemas/" + clazz.getSimpleName());
        }
        throw new IllegalStateException("no JSON Schema mapping for " + clazz.getName());
    }
}
