package budget.query.documents;

import budget.events.DocumentFailed;
import budget.events.DocumentParsed;
import budget.events.DocumentReceived;
import budget.events.EventJson;
import budget.model.BudgetKey;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectReader;

import java.time.Instant;

/**
 * What a document's status needs from a received, parsed or failed event. The parsed event carries the parsed
 * budget, tens of kilobytes, after these fields; the reader stops as soon as it has what the event's type needs,
 * so the status of a document costs a few hundred bytes of JSON, not all of it.
 */
record StageEvent(String eventType, Instant occurredAt, String documentId, String filename, String mediaType,
                  String originalEncoding, Long sizeBytes, Integer pageCount, BudgetKey budgetKey, String stage,
                  String reason) {

    /** Reads the fields it needs; throws {@link tools.jackson.core.JacksonException} on malformed input. */
    static StageEvent read(byte[] payload) {
        Fields fields = new Fields();
        try (JsonParser parser = EventJson.mapper().createParser(payload)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new StreamReadException(parser, "an event is a JSON object");
            }
            while (!fields.complete() && parser.nextToken() == JsonToken.PROPERTY_NAME) {
                String name = parser.currentName();
                parser.nextToken();
                fields.read(name, parser);
            }
        }
        return new StageEvent(fields.eventType, fields.occurredAt, fields.documentId, fields.filename,
                fields.mediaType, fields.originalEncoding, fields.sizeBytes, fields.pageCount, fields.budgetKey,
                fields.stage, fields.reason);
    }

    /** Reads the key object in the middle of the event (the rest of the event follows it). */
    private static final ObjectReader BUDGET_KEY = EventJson.mapper().readerFor(BudgetKey.class)
            .without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private static final class Fields {
        String eventType;
        Instant occurredAt;
        String documentId;
        String filename;
        String mediaType;
        String originalEncoding;
        Long sizeBytes;
        Integer pageCount;
        boolean original;
        BudgetKey budgetKey;
        String stage;
        String reason;

        void read(String name, JsonParser parser) {
            switch (name) {
                case "eventType" -> eventType = parser.getString();
                case "occurredAt" -> occurredAt = Instant.parse(parser.getString());
                case "documentId" -> documentId = parser.getString();
                case "filename" -> filename = parser.getString();
                case "mediaType" -> mediaType = parser.getString();
                case "originalEncoding" -> originalEncoding = parser.getString();
                case "sizeBytes" -> sizeBytes = parser.getLongValue();
                case "pageCount" -> pageCount = parser.getIntValue();
                case "original" -> {
                    original = true;
                    parser.skipChildren();
                }
                case "budgetKey" -> budgetKey = BUDGET_KEY.readValue(parser);
                case "stage" -> stage = parser.getString();
                case "reason" -> reason = parser.getString();
                default -> parser.skipChildren();
            }
        }

        boolean complete() {
            if (eventType == null || occurredAt == null || documentId == null || filename == null) {
                return false;
            }
            return switch (eventType) {
                // the claim check comes last in the event; a version-1 event (with its text) is read to its end
                case DocumentReceived.TYPE -> sizeBytes != null && original;
                case DocumentParsed.TYPE -> budgetKey != null;
                case DocumentFailed.TYPE -> stage != null && reason != null;
                default -> false;
            };
        }
    }
}
