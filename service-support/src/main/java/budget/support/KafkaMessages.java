package budget.support;

import budget.events.BudgetEvent;
import budget.events.EventJson;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.cloud.stream.function.StreamBridge;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessageHeaders;
import org.springframework.messaging.support.MessageBuilder;

import java.nio.charset.StandardCharsets;

/** Builds the Kafka messages of the pipeline: the event as JSON bytes, keyed, with its type in a header. */
public final class KafkaMessages {

    /** Header naming the event type, so tools can route without parsing the payload. */
    public static final String EVENT_TYPE = "budget_eventType";
    /** Header carrying the document id, so every record on every topic can be traced to its upload. */
    public static final String DOCUMENT_ID = "budget_documentId";

    private KafkaMessages() {
    }

    /**
     * Publishes an event to a topic and returns once the broker has it (the producers are synchronous), so a
     * stage commits its input only after its output is safe; a refused send throws, and the input is retried.
     */
    public static void publish(StreamBridge bridge, String topic, BudgetEvent event, String key) {
        if (!bridge.send(topic, keyed(event, key))) {
            throw new IllegalStateException("the broker did not take " + event.eventType() + " of document "
                    + event.documentId() + " for " + topic);
        }
    }

    public static Message<byte[]> keyed(BudgetEvent event, String key) {
        return MessageBuilder.withPayload(EventJson.write(event))
                .setHeader(KafkaHeaders.KEY, key.getBytes(StandardCharsets.UTF_8))
                .setHeader(MessageHeaders.CONTENT_TYPE, "application/json")
                .setHeader(EVENT_TYPE, event.eventType())
                .setHeader(DOCUMENT_ID, event.documentId())
                .build();
    }
}
