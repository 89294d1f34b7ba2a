package budget.query;

import budget.query.budgets.BudgetStoring;
import budget.query.documents.DocumentTracking;
import budget.support.DeadLetterTopics;
import budget.support.DocumentFailures;
import budget.support.EventPublishingConfiguration;
import budget.support.KafkaTopicsConfiguration;
import budget.support.PollBatchConfiguration;
import budget.support.MongoConfiguration;
import budget.support.WebSecurityConfiguration;
import budget.support.ServiceLauncher;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.messaging.Message;

import java.util.function.Consumer;

/**
 * Three jobs, each a feature with its own collections: the read model (validated budgets: {@code budgets},
 * {@code catalog}, {@code analysis}, {@code findings}, and the stored originals' pages in {@code originals}), the
 * document-status tracker ({@code documents}: every document's status, from the stage topics and the dead-letter
 * topics) and the operator console ({@code ops}: topics, lag, dead letters and replay). They meet only through
 * events (the read model's {@code BudgetStored}) and each other's public API ({@code DocumentStatuses}).
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@Import({KafkaTopicsConfiguration.class, EventPublishingConfiguration.class, DocumentFailures.class, MongoConfiguration.class,
        WebSecurityConfiguration.class, PollBatchConfiguration.class})
@EnableConfigurationProperties(DeadLetterTopics.class)
public class QueryApplication {

    public static final String NAME = "query-service";

    public static void main(String[] args) {
        ServiceLauncher.run(QueryApplication.class, NAME, args);
    }

    /** Bound as store-in-0: the validated topic into the budgets collection. */
    @Bean
    Consumer<Message<byte[]>> store(BudgetStoring storing) {
        return message -> storing.accept(message.getPayload());
    }

    /** Bound as track-in-0: received, parsed and failed events into the documents collection. */
    @Bean
    Consumer<Message<byte[]>> track(DocumentTracking tracking) {
        return tracking::accept;
    }

    /** Bound as deadLettered-in-0: every stage's dead letters into the documents collection (DEAD_LETTERED). */
    @Bean
    Consumer<Message<byte[]>> deadLettered(DocumentTracking tracking) {
        return tracking::deadLettered;
    }
}
