package budget.events;

import budget.events.published.Publication;
import budget.model.ParsedBudget;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Events of an earlier schema version still on the topics (retained, dead-lettered, replayed) read as the current
 * version. Version 1 of DocumentParsed and DocumentValidated carried the reader's model as their {@code budget}
 * (source lines, page boxes and placements among the figures, every amount named by its column); version 2 carries
 * the budget as published and, in DocumentParsed only, the reading beside it.
 */
final class EventVersions {

    private EventVersions() {
    }

    /** Whether events of this type may come in a version that must be brought up to date first. */
    static boolean versioned(Class<?> type) {
        return type == DocumentParsed.class || type == DocumentValidated.class;
    }

    /**
     * The event's schema version from its first properties (it follows the event id and type), without reading the
     * rest; 0 when the event does not say.
     */
    static int version(JsonMapper mapper, byte[] json) {
        try (JsonParser parser = mapper.createParser(json)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return 0;
            }
            while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                if (name.equals("schemaVersion")) {
                    return value == JsonToken.VALUE_NUMBER_INT ? parser.getIntValue() : 0;
                }
                parser.skipChildren();
            }
            return 0;
        }
    }

    /** A version-1 parsed or validated event as version 2. */
    static <T> T upgrade(JsonMapper mapper, byte[] json, Class<T> type) {
        JsonNode tree = mapper.readTree(json);
        if (tree instanceof ObjectNode event && event.get("budget") instanceof ObjectNode budget) {
            ParsedBudget read = mapper.treeToValue(budget, ParsedBudget.class);
            Publication.Split split = Publication.split(read);
            event.set("budget", mapper.valueToTree(split.budget()));
            if (type == DocumentParsed.class) {
                event.set("reading", mapper.valueToTree(split.reading()));
            }
            event.put("schemaVersion", 2);
        }
        return mapper.treeToValue(tree, type);
    }
}
