package budget.support;

import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaAdmin;

/**
 * The Kafka side every service shares: the {@link KafkaClientFactory} its hand-built clients come from, and the
 * topics. Declares the four pipeline topics with their partition count and a message size limit that matches the
 * upload limit, so a 20 MiB document (larger once decoded to UTF-8) is never refused by the broker, and the
 * compacted topic of budget summaries (the latest of every budget is kept, older ones are compacted away). Every
 * service declares them: whichever starts first creates them, the others find them in place.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PipelineTopics.class)
public class KafkaTopicsConfiguration {

    @Bean
    KafkaClientFactory kafkaClientFactory(KafkaProperties properties) {
        return new KafkaClientFactory(properties);
    }

    @Bean
    KafkaAdmin.NewTopics pipelineTopics(PipelineTopics topics,
                                        @Value("${budget.kafka.max-message-bytes}") int maxMessageBytes) {
        return new KafkaAdmin.NewTopics(
                topic(topics.received(), topics, maxMessageBytes),
                topic(topics.parsed(), topics, maxMessageBytes),
                topic(topics.validated(), topics, maxMessageBytes),
                topic(topics.failed(), topics, maxMessageBytes),
                TopicBuilder.name(topics.summaries())
                        .partitions(topics.partitions())
                        .replicas(topics.replicationFactor())
                        .compact()
                        .config("max.message.bytes", String.valueOf(maxMessageBytes))
                        .build());
    }

    private static NewTopic topic(String name, PipelineTopics topics, int maxMessageBytes) {
        return TopicBuilder.name(name)
                .partitions(topics.partitions())
                .replicas(topics.replicationFactor())
                .config("max.message.bytes", String.valueOf(maxMessageBytes))
                .build();
    }
}
