package budget.query.ops;

import budget.support.KafkaClientFactory;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

import java.util.Map;

/**
 * Plain Kafka clients for the operator features, from the services' one {@link KafkaClientFactory}: an admin
 * client for offsets and lag, a producer for replays, and short-lived consumers (no group, nothing committed)
 * for reading dead letters.
 */
@Component
class KafkaClients implements DisposableBean {

    private final KafkaClientFactory clients;
    private final Admin admin;
    private final KafkaProducer<byte[], byte[]> producer;

    KafkaClients(KafkaClientFactory clients) {
        this.clients = clients;
        this.admin = clients.admin(Map.of(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 10000,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 15000));
        this.producer = clients.producer(Map.of());
    }

    Admin admin() {
        return admin;
    }

    KafkaProducer<byte[], byte[]> producer() {
        return producer;
    }

    KafkaConsumer<byte[], byte[]> reader() {
        return clients.consumer(Map.of(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false));
    }

    @Override
    public void destroy() {
        producer.close();
        admin.close();
    }
}
