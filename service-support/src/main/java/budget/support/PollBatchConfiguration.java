package budget.support;

import org.springframework.cloud.stream.binder.kafka.config.ClientFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;

/** The stages' consumers commit each poll only after its deferred work is done (see {@link PollBatch}). */
@Configuration(proxyBeanMethods = false)
public class PollBatchConfiguration {

    @Bean
    ClientFactoryCustomizer commitAfterFlush() {
        return new ClientFactoryCustomizer() {
            @Override
            public void configure(ConsumerFactory<?, ?> factory) {
                if (factory instanceof DefaultKafkaConsumerFactory<?, ?> consumers) {
                    wrapConsumers(consumers);
                }
            }
        };
    }

    private static <K, V> void wrapConsumers(DefaultKafkaConsumerFactory<K, V> factory) {
        factory.addPostProcessor(CommitAfterFlush::wrap);
    }
}
