package budget.support;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;

import java.util.HashMap;
import java.util.Map;

/**
 * Every Kafka client a service builds by hand (the stages' event producer, the summary table's reader, the
 * operator console's admin client, replay producer and dead-letter readers) is made here, from Spring Boot's
 * Kafka properties ({@code spring.kafka.*} in {@code budget-pipeline.yml}), which the Spring Cloud Stream binder
 * merges into its own consumers, producers and admin client too. So the bootstrap servers, the pipeline's
 * producer and consumer settings and the security settings ({@code spring.kafka.security.protocol},
 * {@code spring.kafka.ssl.*}, {@code spring.kafka.properties.sasl.*}) are written once and reach every client:
 * a secured cluster is configuration only. A client passes only what is its own (no consumer group, a timeout).
 */
public final class KafkaClientFactory {

    private final KafkaProperties properties;

    public KafkaClientFactory(KafkaProperties properties) {
        this.properties = properties;
    }

    /** A producer with the pipeline's producer settings (acks=all, idempotent, lz4, the largest event), and {@code own}. */
    public KafkaProducer<byte[], byte[]> producer(Map<String, ?> own) {
        return new KafkaProducer<>(producerSettings(own), new ByteArraySerializer(), new ByteArraySerializer());
    }

    Map<String, Object> producerSettings(Map<String, ?> own) {
        return with(properties.buildProducerProperties(), own);
    }

    /** A consumer with the pipeline's consumer settings (fetch sizes of the largest event), and {@code own}. */
    public KafkaConsumer<byte[], byte[]> consumer(Map<String, ?> own) {
        return new KafkaConsumer<>(consumerSettings(own), new ByteArrayDeserializer(), new ByteArrayDeserializer());
    }

    Map<String, Object> consumerSettings(Map<String, ?> own) {
        return with(properties.buildConsumerProperties(), own);
    }

    public Admin admin(Map<String, ?> own) {
        return Admin.create(adminSettings(own));
    }

    Map<String, Object> adminSettings(Map<String, ?> own) {
        return with(properties.buildAdminProperties(), own);
    }

    private static Map<String, Object> with(Map<String, Object> settings, Map<String, ?> own) {
        Map<String, Object> all = new HashMap<>(settings);
        all.putAll(own);
        return all;
    }
}
