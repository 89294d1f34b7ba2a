package budget.validate;

import budget.events.DocumentParsed;
import budget.events.EventJson;
import budget.model.BudgetSummary;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import budget.support.KafkaClientFactory;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads one parsed budget again from where its summary says it is on the parsed topic (topic, partition,
 * offset): what a re-evaluation needs, without a store of its own. Empty once the record has passed the
 * topic's retention.
 */
@Component
class ParsedRecords {

    private static final Duration PATIENCE = Duration.ofSeconds(10);

    private final KafkaClientFactory clients;

    ParsedRecords(KafkaClientFactory clients) {
        this.clients = clients;
    }

    Optional<DocumentParsed> read(BudgetSummary.SourceRecord source) {
        TopicPartition partition = new TopicPartition(source.topic(), source.partition());
        try (KafkaConsumer<byte[], byte[]> consumer = clients.consumer(Map.of(
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 1))) {
            consumer.assign(List.of(partition));
            Long first = consumer.beginningOffsets(List.of(partition)).get(partition);
            if (first != null && first > source.offset()) {
                return Optional.empty();
            }
            consumer.seek(partition, source.offset());
            long deadline = System.nanoTime() + PATIENCE.toNanos();
            while (System.nanoTime() < deadline) {
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    if (record.offset() == source.offset()) {
                        return Optional.of(EventJson.read(record.value(), DocumentParsed.class));
                    }
                    if (record.offset() > source.offset()) {
                        return Optional.empty();
                    }
                }
            }
            return Optional.empty();
        }
    }
}
