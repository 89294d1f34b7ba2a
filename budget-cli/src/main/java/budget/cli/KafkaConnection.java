package budget.cli;

import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * How the {@code budget} commands reach a Kafka cluster, and the one place their Kafka clients are made: the
 * bootstrap servers and the cluster's client settings (security.protocol, sasl.*, ssl.*: whatever the
 * cluster asks of a client), from a Kafka client properties file ({@code --kafka-config}, the format of
 * Kafka's own tools' {@code --command-config}) or, for the local stack, from {@code budget up} itself. The
 * services take the same settings as {@code spring.kafka.properties.*} ({@link #asServiceArguments()}).
 */
public record KafkaConnection(String bootstrapServers, Map<String, String> settings) {

    public KafkaConnection {
        settings = Map.copyOf(settings);
    }

    public static KafkaConnection plain(String bootstrapServers) {
        return new KafkaConnection(bootstrapServers, Map.of());
    }

    /** The bootstrap servers and the client settings of a properties file (null: none). */
    public static KafkaConnection of(String bootstrapServers, Path clientProperties) throws IOException {
        if (clientProperties == null) {
            return plain(bootstrapServers);
        }
        Properties file = new Properties();
        try (Reader reader = Files.newBufferedReader(clientProperties, StandardCharsets.UTF_8)) {
            file.load(reader);
        }
        Map<String, String> settings = new TreeMap<>();
        file.stringPropertyNames().forEach(name -> settings.put(name, file.getProperty(name)));
        settings.remove(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG);
        return new KafkaConnection(bootstrapServers, settings);
    }

    public KafkaProducer<byte[], byte[]> producer(Map<String, ?> own) {
        return new KafkaProducer<>(with(own), new ByteArraySerializer(), new ByteArraySerializer());
    }

    public KafkaConsumer<byte[], byte[]> consumer(Map<String, ?> own) {
        return new KafkaConsumer<>(with(own), new ByteArrayDeserializer(), new ByteArrayDeserializer());
    }

    public Admin admin(Map<String, ?> own) {
        return Admin.create(with(own));
    }

    /** Every setting of a client: the connection's, then the client's own. */
    public Map<String, Object> with(Map<String, ?> own) {
        Map<String, Object> all = new LinkedHashMap<>(settings);
        all.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        all.putAll(own);
        return all;
    }

    /** The settings as a service's arguments: Spring Boot passes {@code spring.kafka.properties.*} to every client. */
    public List<String> asServiceArguments() {
        return settings.entrySet().stream().map(e -> "--spring.kafka.properties." + e.getKey() + "=" + e.getValue()).toList();
    }
}
