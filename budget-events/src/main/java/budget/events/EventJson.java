package budget.events;

import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one JSON form of events and budgets on the wire. Amounts stay exact: BigDecimal is written plain
 * ("304763448.00", never 3.0476E+8) and read back as BigDecimal, never as double.
 */
public final class EventJson {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .addModule(new DirectCreators())
            .build();

    private EventJson() {
    }

    public static JsonMapper mapper() {
        return MAPPER;
    }

    public static byte[] write(Object value) {
        return MAPPER.writeValueAsBytes(value);
    }

    public static String writeString(Object value) {
        return MAPPER.writeValueAsString(value);
    }

    /**
     * Reads one event or record, an event of an earlier schema version as the current one ({@link EventVersions});
     * throws {@link tools.jackson.core.JacksonException} on malformed input.
     */
    public static <T> T read(byte[] json, Class<T> type) {
        if (EventVersions.versioned(type) && EventVersions.version(MAPPER, json) == 1) {
            return EventVersions.upgrade(MAPPER, json, type);
        }
        return MAPPER.readValue(json, type);
    }

    public static <T> T read(String json, Class<T> type) {
        return read(json.getBytes(java.nio.charset.StandardCharsets.UTF_8), type);
    }
}
