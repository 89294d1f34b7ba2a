package budget.support;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Duration;

/** The producer the stages publish their events with (see {@link EventPublisher}). */
@Configuration(proxyBeanMethods = false)
public class EventPublishingConfiguration {

    @Bean(destroyMethod = "close")
    EventPublisher eventPublisher(KafkaClientFactory clients, @Value("${budget.kafka.publish-timeout:30s}") Duration timeout) {
        return new EventPublisher(clients, timeout);
    }
}
