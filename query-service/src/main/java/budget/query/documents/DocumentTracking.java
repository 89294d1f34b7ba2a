package budget.query.documents;

import budget.events.DocumentFailed;
import budget.events.DocumentParsed;
import budget.events.DocumentReceived;
import budget.query.budgets.BudgetStored;
import budget.support.KafkaMessages;
import org.springframework.context.event.EventListener;
import org.springframework.messaging.Message;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;

/**
 * Consumes the received, parsed and failed topics into document statuses, dispatching on the event type; and
 * learns from the read model, by its {@link BudgetStored} event, that a document's budget is stored. A record
 * re-published from a dead letter first takes its document out of DEAD_LETTERED.
 */
@Component
public class DocumentTracking {

    private final DocumentStatusStore documents;
    private final DeadLetterTracking deadLetters;

    DocumentTracking(DocumentStatusStore documents, DeadLetterTracking deadLetters) {
        this.documents = documents;
        this.deadLetters = deadLetters;
    }

    /** A record of a dead-letter topic: its document is DEAD_LETTERED until the record is replayed. */
    public void deadLettered(Message<byte[]> message) {
        deadLetters.accept(message);
    }

    public void accept(Message<byte[]> message) {
        StageEvent event = StageEvent.read(message.getPayload());
        String type = event.eventType() == null ? "" : event.eventType();
        if (!type.equals(DocumentReceived.TYPE) && !type.equals(DocumentParsed.TYPE) && !type.equals(DocumentFailed.TYPE)) {
            throw new IllegalArgumentException("not a document event: eventType '" + type + "'");
        }
        Object replayedFrom = message.getHeaders().get(KafkaMessages.REPLAYED_FROM);
        if (replayedFrom != null && event.documentId() != null) {
            documents.replayed(event.documentId(), replayedFrom instanceof byte[] bytes
                    ? new String(bytes, StandardCharsets.UTF_8) : replayedFrom.toString());
        }
        switch (type) {
            case DocumentReceived.TYPE -> documents.received(event);
            case DocumentParsed.TYPE -> documents.parsed(event);
            default -> documents.failed(event);
        }
    }

    /** In the thread that stored the budget: a failure here fails the validated record, which is then retried. */
    @EventListener
    void stored(BudgetStored stored) {
        documents.validated(stored.event(), stored.at());
    }
}
