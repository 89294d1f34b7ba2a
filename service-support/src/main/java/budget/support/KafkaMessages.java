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
    /**
     * Header of a record re-published from a dead-letter topic: the dead letter's id
     * ({@link #deadLetterId(String, int, long)}), so the document's status can say it left the dead-letter topic.
     */
    public static final String REPLAYED_FROM = "budget_replayedFrom";

    private KafkaMessages() {
    }

    public static ProducerRecord<byte[], byte[]> record(String topic, BudgetEvent event, String key) {
        ProducerRecord<byte[], byte[]> record = new ProducerRecord<>(topic, utf8(key), EventJson.write(event));
        record.headers().add(new RecordHeader(EVENT_TYPE, utf8(event.eventType())));
        record.headers().add(new RecordHeader(DOCUMENT_ID, utf8(event.documentId())));
        return record;
    }

    /** A dead letter's id, what the operators' list shows and replay takes: {@code <dlq topic>:<partition>:<offset>}. */
    public static String deadLetterId(String topic, int partition, long offset) {
        return topic + ":" + partition + ":" + offset;
    }

    /**
     * The reason a dead letter's {@code x-exception-message} gives, without the wrapper the binder puts around the
     * stage's own exception ({@code error occurred in message handler [...]; }): the stage's message, which names
     * what was wrong.
     */
    public static String deadLetterReason(String exceptionMessage) {
        if (exceptionMessage == null) {
            return null;
        }
        return HANDLER_WRAPPER.matcher(exceptionMessage).replaceFirst("");
    }

    private static final java.util.regex.Pattern HANDLER_WRAPPER =
            java.util.regex.Pattern.compile("^error occurred in message handler \\[[^\\]]*\\]; ");

    private static byte[] utf8(String value) {
        return value.getBytes(StandardCharsets.UTF_8);
    }
}
