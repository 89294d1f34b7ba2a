package budget.query.ops;

import budget.events.EventJson;
import budget.support.KafkaMessages;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.bson.Document;
import org.springframework.stereotype.Component;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Lists dead letters and re-publishes them to the topic they failed on. A replay is recorded by the dead
 * letter's id, so replaying it again does nothing unless forced; and because every stage is idempotent
 * (deterministic event ids, budget versions keyed by document, statuses that only move forward), even a
 * forced replay never duplicates a record.
 */
@Component
class DeadLetters {

    private static final int MAX_LISTED = 1000;

    private final KafkaClients clients;
    private final TopicMonitor monitor;
    private final MongoCollection<Document> replays;

    DeadLetters(KafkaClients clients, TopicMonitor monitor, MongoDatabase database) {
        this.clients = clients;
        this.monitor = monitor;
        this.replays = database.getCollection("replays");
    }

    List<DeadLetter> list() {
        List<DeadLetter> letters = new ArrayList<>();
        try (KafkaConsumer<byte[], byte[]> reader = clients.reader()) {
            for (String topic : deadLetterTopics()) {
                for (ConsumerRecord<byte[], byte[]> record : readAll(reader, topic)) {
                    letters.add(letter(record));
                    if (letters.size() >= MAX_LISTED) {
                        return letters;
                    }
                }
            }
        }
        return letters;
    }

    List<ReplayResult> replay(List<String> ids, boolean all, boolean force) {
        List<String> wanted = all ? list().stream().map(DeadLetter::id).toList() : ids;
        List<ReplayResult> results = new ArrayList<>();
        try (KafkaConsumer<byte[], byte[]> reader = clients.reader()) {
            for (String id : wanted) {
                results.add(replayOne(reader, id, force));
            }
        }
        return results;
    }

    private ReplayResult replayOne(KafkaConsumer<byte[], byte[]> reader, String id, boolean force) {
        Optional<ConsumerRecord<byte[], byte[]>> found = find(reader, id);
        if (found.isEmpty()) {
            return new ReplayResult(id, "NOT_FOUND", null);
        }
        ConsumerRecord<byte[], byte[]> record = found.get();
        String target = header(record.headers(), "x-original-topic");
        if (target == null) {
            return new ReplayResult(id, "NOT_FOUND", null);
        }
        if (!force && replays.find(Filters.eq("_id", id)).first() != null) {
            return new ReplayResult(id, "ALREADY_REPLAYED", target);
        }
        ProducerRecord<byte[], byte[]> out = new ProducerRecord<>(target, null, record.key(), record.value());
        for (Header h : record.headers()) {
            if (!h.key().startsWith("x-")) {
                out.headers().add(h);
            }
        }
        out.headers().add(KafkaMessages.REPLAYED_FROM, id.getBytes(StandardCharsets.UTF_8));
        try {
            clients.producer().send(out).get(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while replaying " + id, e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("could not replay " + id + ": " + e.getMessage(), e);
        }
        replays.replaceOne(Filters.eq("_id", id), new Document("_id", id).append("toTopic", target)
                .append("at", Date.from(Instant.now())), new ReplaceOptions().upsert(true));
        return new ReplayResult(id, "REPLAYED", target);
    }

    private List<String> deadLetterTopics() {
        try {
            return monitor.pipelineTopics().stream().filter(t -> t.endsWith(TopicMonitor.DLQ_SUFFIX)).toList();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("the broker did not answer: " + e.getMessage(), e);
        }
    }

    private static List<ConsumerRecord<byte[], byte[]>> readAll(KafkaConsumer<byte[], byte[]> reader, String topic) {
        List<TopicPartition> partitions = reader.partitionsFor(topic, Duration.ofSeconds(10)).stream()
                .map(p -> new TopicPartition(topic, p.partition())).toList();
        reader.assign(partitions);
        reader.seekToBeginning(partitions);
        Map<TopicPartition, Long> end = reader.endOffsets(partitions);
        List<ConsumerRecord<byte[], byte[]>> records = new ArrayList<>();
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (partitions.stream().anyMatch(p -> reader.position(p) < end.get(p)) && System.nanoTime() < deadline
                && records.size() < MAX_LISTED) {
            reader.poll(Duration.ofMillis(200)).forEach(records::add);
        }
        return records;
    }

    private static Optional<ConsumerRecord<byte[], byte[]>> find(KafkaConsumer<byte[], byte[]> reader, String id) {
        String[] parts = id.split(":");
        if (parts.length != 3 || !parts[0].endsWith(TopicMonitor.DLQ_SUFFIX)) {
            return Optional.empty();
        }
        TopicPartition partition;
        long offset;
        try {
            partition = new TopicPartition(parts[0], Integer.parseInt(parts[1]));
            offset = Long.parseLong(parts[2]);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        if (reader.partitionsFor(partition.topic(), Duration.ofSeconds(10)).stream()
                .noneMatch(p -> p.partition() == partition.partition())) {
            return Optional.empty();
        }
        reader.assign(List.of(partition));
        reader.seek(partition, offset);
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (System.nanoTime() < deadline) {
            for (ConsumerRecord<byte[], byte[]> record : reader.poll(Duration.ofMillis(200))) {
                if (record.offset() == offset) {
                    return Optional.of(record);
                }
                if (record.offset() > offset) {
                    return Optional.empty();
                }
            }
            if (reader.position(partition) >= reader.endOffsets(List.of(partition)).get(partition)) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    private DeadLetter letter(ConsumerRecord<byte[], byte[]> record) {
        String id = KafkaMessages.deadLetterId(record.topic(), record.partition(), record.offset());
        Headers headers = record.headers();
        Document replayed = replays.find(Filters.eq("_id", id)).first();
        String documentId = header(headers, KafkaMessages.DOCUMENT_ID);
        String eventType = header(headers, KafkaMessages.EVENT_TYPE);
        if (documentId == null || eventType == null) {
            try {
                var json = EventJson.mapper().readTree(record.value());
                documentId = documentId != null ? documentId : json.path("documentId").asString(null);
                eventType = eventType != null ? eventType : json.path("eventType").asString(null);
            } catch (RuntimeException notJson) {
                // a payload that is not JSON is one reason a record is dead: list it all the same
            }
        }
        return new DeadLetter(id, record.topic(), header(headers, "x-original-topic"),
                intHeader(headers, "x-original-partition"), longHeader(headers, "x-original-offset"),
                record.key() == null ? null : new String(record.key(), StandardCharsets.UTF_8), documentId, eventType,
                header(headers, "x-exception-fqcn"), KafkaMessages.deadLetterReason(header(headers, "x-exception-message")),
                Instant.ofEpochMilli(record.timestamp()), replayed == null ? null : replayed.getDate("at").toInstant());
    }

    private static String header(Headers headers, String key) {
        Header header = headers.lastHeader(key);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    /** The binder writes partition and offset as binary big-endian numbers. */
    private static Integer intHeader(Headers headers, String key) {
        Header header = headers.lastHeader(key);
        return header == null || header.value().length != 4 ? null : ByteBuffer.wrap(header.value()).getInt();
    }

    private static Long longHeader(Headers headers, String key) {
        Header header = headers.lastHeader(key);
        return header == null || header.value().length != 8 ? null : ByteBuffer.wrap(header.value()).getLong();
    }
}
