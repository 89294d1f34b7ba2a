package budget.support;

import budget.events.BudgetEvent;
import budget.events.EventJson;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeader;

import java.nio.charset.StandardCharsets;

/** Builds the Kafka records of the pipeline: the event as JSON bytes, keyed, with its type and document in headers. */
public final class KafkaMessages {

    /** Header naming the event type, so tools can route without parsing the payload. */
    public static final String EVENT_TYPE = "budget_eventType";
    /** Header carrying the document id, so every record on every topic can be traced to its upload. */
    public static final String DOCUMENT_ID = "budget_documentId";

    private KafkaMessages() {
    }

    public static ProducerRecord<byte[], byte[]> record(String topic, BudgetEvent event, String key) {
        ProducerRecord<byte[], byte[]> record = new ProducerRecord<>(topic, utf8(key), EventJson.write(event));
        record.headers().add(new RecordHeader(EVENT_TYPE, utf8(event.eventType())));
        record.headers().add(new RecordHeader(DOCUMENT_ID, utf8(event.documentId())));
        return record;
    }

    private static byte[] utf8(String value) {
        return value.getBytes(StandardCharsets.UTF_8);
    }
}
