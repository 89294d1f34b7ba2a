package budget.pipeline;

import budget.cli.KafkaConnection;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Reads every record on a topic from the beginning, without a consumer group: what an outside subscriber sees. */
final class TopicReader {

    private TopicReader() {
    }

    /** With the consumer settings of the pipeline's services (fetch sizes, security), from their client factory. */
    static List<ConsumerRecord<byte[], byte[]>> readAll(Pipeline pipeline, String topic) {
        return readAll(pipeline.kafkaClients().consumer(Map.of(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false)), topic);
    }

    /** With the settings of a {@code budget} command's connection (a stack run as processes). */
    static List<ConsumerRecord<byte[], byte[]>> readAll(KafkaConnection kafka, String topic) {
        return readAll(kafka.consumer(Map.of(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, Infrastructure.MAX_MESSAGE_BYTES,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false)), topic);
    }

    private static List<ConsumerRecord<byte[], byte[]>> readAll(KafkaConsumer<byte[], byte[]> opened, String topic) {
        try (KafkaConsumer<byte[], byte[]> consumer = opened) {
            List<PartitionInfo> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(10));
            if (partitions == null || partitions.isEmpty()) {
                return List.of();
            }
            List<TopicPartition> assigned = partitions.stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(assigned);
            consumer.seekToBeginning(assigned);
            Map<TopicPartition, Long> end = consumer.endOffsets(assigned);
            List<ConsumerRecord<byte[], byte[]>> records = new ArrayList<>();
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (assigned.stream().anyMatch(tp -> consumer.position(tp) < end.get(tp)) && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            }
            return records;
        }
    }
}
