package budget.query;

import budget.query.budgets.BudgetStoring;
import budget.query.documents.DocumentTracking;
import budget.support.KafkaTopicsConfiguration;
import budget.support.PollBatchConfiguration;
import budget.support.MongoConfiguration;
import budget.support.WebSecurityConfiguration;
import budget.support.ServiceLauncher;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.messaging.Message;

import java.util.function.Consumer;

/**
 * Stores validated budgets and every document's status in MongoDB, answers questions about them, and shows the
 * findings on the pages of the stored originals.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@Import({KafkaTopicsConfiguration.class, MongoConfiguration.class, WebSecurityConfiguration.class, PollBatchConfiguration.class})
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
        return message -> tracking.accept(message.getPayload());
    }
}
