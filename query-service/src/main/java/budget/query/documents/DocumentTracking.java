package budget.query.documents;

import budget.events.DocumentFailed;
import budget.events.DocumentParsed;
import budget.events.DocumentReceived;
import budget.events.EventJson;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/** Consumes the received, parsed and failed topics into document statuses, dispatching on the event type. */
@Component
public class DocumentTracking {

    private final DocumentStatusStore documents;

    DocumentTracking(DocumentStatusStore documents) {
        this.documents = documents;
    }

    public void accept(byte[] payload) {
        JsonNode event = EventJson.mapper().readTree(payload);
        String type = event.path("eventType").asString("");
        switch (type) {
            case DocumentReceived.TYPE -> documents.received(EventJson.mapper().treeToValue(event, DocumentReceived.class));
            case DocumentParsed.TYPE -> documents.parsed(EventJson.mapper().treeToValue(event, DocumentParsed.class));
            case DocumentFailed.TYPE -> documents.failed(EventJson.mapper().treeToValue(event, DocumentFailed.class));
            default -> throw new IllegalArgumentException("not a document event: eventType '" + type + "'");
        }
    }
}
