package budget.support;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.PropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The services' Kafka settings as budget-pipeline.yml gives them to every hand-built client, with the security
 * settings of a secured cluster added as configuration only (against a broker: FaultToleranceIntegrationTests).
 */
class KafkaClientFactoryTests {

    private static final String JAAS = "org.apache.kafka.common.security.plain.PlainLoginModule required username=\"u\" password=\"p\";";

    @Test
    void everyClientHasThePipelineSettingsAndTheClusterSecurity() throws Exception {
        KafkaClientFactory clients = new KafkaClientFactory(bind(Map.of(
                "budget.kafka.bootstrap-servers", "kafka-1:9093,kafka-2:9093",
                "spring.kafka.security.protocol", "SASL_SSL",
                "spring.kafka.properties.sasl.mechanism", "PLAIN",
                "spring.kafka.properties.sasl.jaas.config", JAAS)));
        Map<String, Object> security = Map.of("bootstrap.servers", List.of("kafka-1:9093", "kafka-2:9093"),
                "security.protocol", "SASL_SSL", "sasl.mechanism", "PLAIN", "sasl.jaas.config", JAAS);

        assertThat(clients.producerSettings(Map.of("delivery.timeout.ms", 30000))).containsAllEntriesOf(security)
                .containsEntry("acks", "all").containsEntry("compression.type", "lz4")
                .containsEntry("enable.idempotence", "true").containsEntry("linger.ms", "0")
                .containsEntry("max.request.size", "67108864").containsEntry("delivery.timeout.ms", 30000);
        assertThat(clients.consumerSettings(Map.of("enable.auto.commit", false))).containsAllEntriesOf(security)
                .containsEntry("auto.offset.reset", "earliest").containsEntry("fetch.max.bytes", "67108864")
                .containsEntry("max.partition.fetch.bytes", "67108864").containsEntry("session.timeout.ms", "10000")
                .containsEntry("enable.auto.commit", false).doesNotContainKey("group.id");
        assertThat(clients.adminSettings(Map.of())).containsAllEntriesOf(security);
    }

    @Test
    void withoutSecuritySettingsTheClientsConnectInPlainText() throws Exception {
        KafkaClientFactory clients = new KafkaClientFactory(bind(Map.of()));
        assertThat(clients.adminSettings(Map.of())).containsEntry("bootstrap.servers", List.of("localhost:9092"))
                .doesNotContainKeys("security.protocol", "sasl.mechanism", "sasl.jaas.config");
    }

    /** budget-pipeline.yml with the given settings over it, bound as Spring Boot binds spring.kafka.*. */
    private static KafkaProperties bind(Map<String, Object> over) throws Exception {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("test", over));
        List<PropertySource<?>> yaml = new YamlPropertySourceLoader().load("budget-pipeline", new ClassPathResource("budget-pipeline.yml"));
        yaml.forEach(environment.getPropertySources()::addLast);
        return Binder.get(environment).bind("spring.kafka", KafkaProperties.class).get();
    }
}
