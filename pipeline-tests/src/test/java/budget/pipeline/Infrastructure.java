package budget.pipeline;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.mongodb.MongoDBContainer;

import java.net.InetSocketAddress;
import java.util.Map;

/**
 * The broker and the store the end-to-end tests run against, chosen once per JVM: real Kafka and MongoDB
 * containers where Docker is available (Testcontainers), otherwise a real KRaft broker in-process and the
 * MongoDB wire-protocol server. The test code is the same either way: it sees only the two addresses.
 * Stopped by a shutdown hook, because cached test contexts outlive any JUnit callback.
 */
public final class Infrastructure {

    /** The broker's message limit: the pipeline's events can be far above Kafka's default 1 MB. */
    static final String MAX_MESSAGE_BYTES = String.valueOf(64 * 1024 * 1024);

    private static Infrastructure instance;

    private final String kafkaBootstrap;
    private final String mongoUri;
    private final String description;

    private Infrastructure(String kafkaBootstrap, String mongoUri, String description) {
        this.kafkaBootstrap = kafkaBootstrap;
        this.mongoUri = mongoUri;
        this.description = description;
    }

    public static synchronized Infrastructure get() {
        if (instance == null) {
            instance = DockerClientFactory.instance().isDockerAvailable() ? containers() : embedded();
            System.out.println("end-to-end infrastructure: " + instance.description);
        }
        return instance;
    }

    public String kafkaBootstrap() {
        return kafkaBootstrap;
    }

    public String mongoUri() {
        return mongoUri;
    }

    @SuppressWarnings("resource")
    private static Infrastructure containers() {
        KafkaContainer kafka = new KafkaContainer("apache/kafka:4.1.2")
                .withEnv("KAFKA_MESSAGE_MAX_BYTES", MAX_MESSAGE_BYTES)
                .withEnv("KAFKA_REPLICA_FETCH_MAX_BYTES", MAX_MESSAGE_BYTES);
        MongoDBContainer mongo = new MongoDBContainer("mongo:8");
        kafka.start();
        mongo.start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            kafka.stop();
            mongo.stop();
        }));
        return new Infrastructure(kafka.getBootstrapServers(), mongo.getConnectionString(),
                "Testcontainers (apache/kafka, mongo:8)");
    }

    private static Infrastructure embedded() {
        EmbeddedKafkaKraftBroker kafka = new EmbeddedKafkaKraftBroker(1, 6);
        kafka.brokerProperties(Map.of(
                "message.max.bytes", MAX_MESSAGE_BYTES,
                "replica.fetch.max.bytes", MAX_MESSAGE_BYTES,
                "group.initial.rebalance.delay.ms", "0"));
        kafka.afterPropertiesSet();
        MongoServer mongo = new MongoServer(new MemoryBackend());
        InetSocketAddress address = mongo.bind();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            mongo.shutdownNow();
            kafka.destroy();
        }));
        return new Infrastructure(kafka.getBrokersAsString(),
                "mongodb://" + address.getHostString() + ":" + address.getPort(),
                "embedded KRaft broker " + kafka.getBrokersAsString() + ", MongoDB wire server " + address);
    }
}
