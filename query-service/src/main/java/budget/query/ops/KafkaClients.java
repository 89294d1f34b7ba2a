package budget.query.ops;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.util.Map;

/**
 * Plain Kafka clients for the operator features: an admin client for offsets and lag, a producer for
 * replays, and short-lived consumers (no group, nothing committed) for reading dead letters.
 */
@Component
class KafkaClients implements DisposableBean {

    private final String bootstrap;
    private final int maxMessageBytes;
    private final Admin admin;
    private final KafkaProducer<byte[], byte[]> producer;

    KafkaClients(@Value("${budget.kafka.bootstrap-servers}") String bootstrap,
                 @Value("${budget.kafka.max-message-bytes}") int maxMessageBytes) {
        this.bootstrap = bootstrap;
        this.maxMessageBytes = maxMessageBytes;
        this.admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 10000,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 15000));
        this.producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.MAX_REQUEST_SIZE_CONFIG, maxMessageBytes,
                ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4"), new ByteArraySerializer(), new ByteArraySerializer());
    }

    Admin admin() {
        return admin;
    }

    KafkaProducer<byte[], byte[]> producer() {
        return producer;
    }

    KafkaConsumer<byte[], byte[]> reader() {
        return new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, maxMessageBytes,
                ConsumerConfig.FETCH_MAX_BYTES_CONFIG, maxMessageBytes), new ByteArrayDeserializer(), new ByteArrayDeserializer());
    }

    @Override
    public void destroy() {
        producer.close();
        admin.close();
    }
}
