package budget.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The budget commands' one source of Kafka client settings (against a broker: FaultToleranceIntegrationTests). */
class KafkaConnectionTests {

    private static final String JAAS = "org.apache.kafka.common.security.plain.PlainLoginModule required username=\"u\" password=\"p w\";";

    @Test
    void aClientPropertiesFileGivesEveryClientTheClusterSettings(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("client.properties");
        Files.writeString(file, String.join("\n",
                "# as for kafka-topics.sh --command-config",
                "security.protocol=SASL_SSL",
                "sasl.mechanism=PLAIN",
                "sasl.jaas.config=" + JAAS.replace("\"", "\\\""),
                "bootstrap.servers=ignored:9092",
                ""), StandardCharsets.UTF_8);
        KafkaConnection kafka = KafkaConnection.of("broker-1:9093,broker-2:9093", file);

        assertThat(kafka.settings()).containsExactlyInAnyOrderEntriesOf(Map.of(
                "security.protocol", "SASL_SSL", "sasl.mechanism", "PLAIN", "sasl.jaas.config", JAAS));
        assertThat(kafka.with(Map.of("acks", "all", "sasl.mechanism", "SCRAM-SHA-512"))).containsExactlyInAnyOrderEntriesOf(Map.of(
                "bootstrap.servers", "broker-1:9093,broker-2:9093", "security.protocol", "SASL_SSL",
                "sasl.mechanism", "SCRAM-SHA-512", "sasl.jaas.config", JAAS, "acks", "all"));
    }

    @Test
    void theServicesTakeTheSameSettingsAsSpringKafkaProperties() {
        KafkaConnection kafka = new KafkaConnection("localhost:9092", Map.of("security.protocol", "SASL_PLAINTEXT", "sasl.jaas.config", JAAS));
        assertThat(kafka.asServiceArguments()).containsExactlyInAnyOrder(
                "--spring.kafka.properties.security.protocol=SASL_PLAINTEXT",
                "--spring.kafka.properties.sasl.jaas.config=" + JAAS);
    }

    @Test
    void withoutAFileOnlyTheBootstrapServers() throws Exception {
        KafkaConnection kafka = KafkaConnection.of("localhost:9092", null);
        assertThat(kafka.settings()).isEmpty();
        assertThat(kafka.with(Map.of())).containsExactlyEntriesOf(Map.of("bootstrap.servers", "localhost:9092"));
        assertThat(kafka.asServiceArguments()).isEmpty();
    }
}
