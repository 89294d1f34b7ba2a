package budget.query.documents;

import budget.events.DocumentFailed;
import budget.events.EventJson;
import budget.support.DeadLetterTopics;
import budget.support.KafkaMessages;
import budget.support.PipelineTopics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessageHeaders;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

/**
 * Follows the dead-letter topics of every consumer binding (budget.topics.dead-letters.*) into the statuses: a
 * record that a stage gave up on is recorded against its document as DEAD_LETTERED, with the dead letter's topic,
 * partition and offset (its id, what replay takes), where it came from and the reason. The document is named by
 * the record's {@code budget_documentId} header, or else by the {@code documentId} of its JSON; a record naming no
 * document (a payload that is not an event) cannot be placed and stays only in the operators' list.
 */
@Component
class DeadLetterTracking {

    private static final Logger log = LoggerFactory.getLogger(DeadLetterTracking.class);
    private static final String DOCUMENT_ID = "[0-9a-f]{64}";

    private final DocumentStatusStore documents;
    private final DeadLetterTopics deadLetters;
    private final PipelineTopics topics;

    DeadLetterTracking(DocumentStatusStore documents, DeadLetterTopics deadLetters, PipelineTopics topics) {
        this.documents = documents;
        this.deadLetters = deadLetters;
        this.topics = topics;
    }

    void accept(Message<byte[]> message) {
        MessageHeaders headers = message.getHeaders();
        String topic = headers.get(KafkaHeaders.RECEIVED_TOPIC, String.class);
        int partition = headers.get(KafkaHeaders.RECEIVED_PARTITION, Integer.class);
        long offset = headers.get(KafkaHeaders.OFFSET, Long.class);
        String id = KafkaMessages.deadLetterId(topic, partition, offset);
        JsonNode json = json(message.getPayload());
        String documentId = text(headers.get(KafkaMessages.DOCUMENT_ID));
        if (documentId == null && json != null) {
            documentId = json.path("documentId").asString(null);
        }
        if (documentId == null || !documentId.matches(DOCUMENT_ID)) {
            log.warn("dead letter {} names no document; it is listed for the operators only", id);
            return;
        }
        String originalTopic = text(headers.get("x-original-topic"));
        DeadLetterTopics.Consumer consumer = deadLetters.consumerOf(topic);
        String stage = consumer == null ? "UNKNOWN" : consumer.name();
        String reason = KafkaMessages.deadLetterReason(text(headers.get("x-exception-message")));
        documents.deadLettered(new DeadLetterRecord(documentId, json == null ? null : json.path("filename").asString(null),
                stage, id, topic, partition, offset, originalTopic, (Integer) number(headers.get("x-original-partition"), 4),
                (Long) number(headers.get("x-original-offset"), 8), text(headers.get("x-exception-fqcn")),
                reason == null ? "(no reason recorded with the dead letter)" : reason,
                timestamp(headers), rank(consumer, originalTopic)));
        log.info("document {} dead-lettered at {}: {}", documentId, id, reason);
    }

    /** Where the document waits: before the stage that gave up, or, for the tracker's own, before the record's. */
    private int rank(DeadLetterTopics.Consumer consumer, String originalTopic) {
        DocumentFailed.Stage stage;
        if (consumer == null || consumer == DeadLetterTopics.Consumer.STATUS) {
            if (topics.failed().equals(originalTopic)) {
                // the tracker could not record a failure: below every failure, so the replayed one names the status
                return DocumentStatus.failedRank(DocumentFailed.Stage.PARSE) - 1;
            }
            stage = topics.parsed().equals(originalTopic) ? DocumentFailed.Stage.VALIDATE : DocumentFailed.Stage.PARSE;
        } else {
            stage = DocumentFailed.Stage.valueOf(consumer.name());
        }
        return DocumentStatus.deadLetteredRank(stage);
    }

    private static JsonNode json(byte[] payload) {
        try {
            JsonNode node = EventJson.mapper().readTree(payload);
            return node != null && node.isObject() ? node : null;
        } catch (RuntimeException notJson) {
            return null;
        }
    }

    private static Instant timestamp(MessageHeaders headers) {
        Long timestamp = headers.get(KafkaHeaders.RECEIVED_TIMESTAMP, Long.class);
        return timestamp == null ? Instant.now() : Instant.ofEpochMilli(timestamp);
    }

    /** A header as the binder hands it over: raw bytes (UTF-8) or already a string. */
    private static String text(Object header) {
        if (header instanceof byte[] bytes) {
            return new String(bytes, StandardCharsets.UTF_8);
        }
        return header == null ? null : header.toString();
    }

    /** The binder writes the original partition and offset as big-endian numbers of 4 and 8 bytes. */
    private static Number number(Object header, int size) {
        if (header instanceof byte[] bytes && bytes.length == size) {
            return size == 4 ? (Number) ByteBuffer.wrap(bytes).getInt() : (Number) ByteBuffer.wrap(bytes).getLong();
        }
        if (header instanceof Number n) {
            return size == 4 ? (Number) n.intValue() : (Number) n.longValue();
        }
        return null;
    }
}
