package budget.query.documents;

import budget.events.DocumentFailed;
import budget.events.DocumentParsed;
import budget.events.DocumentReceived;
import org.springframework.stereotype.Component;

/** Consumes the received, parsed and failed topics into document statuses, dispatching on the event type. */
@Component
public class DocumentTracking {

    private final DocumentStatusStore documents;

    DocumentTracking(DocumentStatusStore documents) {
        this.documents = documents;
    }

    public void accept(byte[] payload) {
        StageEvent event = StageEvent.read(payload);
        String type = event.eventType() == null ? "" : event.eventType();
        switch (type) {
            case DocumentReceived.TYPE -> documents.received(event);
            case DocumentParsed.TYPE -> documents.parsed(event);
            case DocumentFailed.TYPE -> documents.failed(event);
            default -> throw new IllegalArgumentException("not a document event: eventType '" + type + "'");
        }
    }
}
