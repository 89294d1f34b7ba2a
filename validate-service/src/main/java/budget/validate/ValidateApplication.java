package budget.validate;

import budget.support.DocumentFailures;
import budget.support.EventPublishingConfiguration;
import budget.support.KafkaTopicsConfiguration;
import budget.support.PollBatchConfiguration;
import budget.support.ServiceLauncher;
import budget.validator.BudgetValidator;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.messaging.Message;

import java.util.function.Consumer;

/** Checks every identity of each parsed budget: parsed → validated. */
@SpringBootApplication
@Import({KafkaTopicsConfiguration.class, EventPublishingConfiguration.class, DocumentFailures.class,
        PollBatchConfiguration.class})
@EnableConfigurationProperties(ValidationSettings.class)
public class ValidateApplication {

    public static final String NAME = "validate-service";

    public static void main(String[] args) {
        ServiceLauncher.run(ValidateApplication.class, NAME, args);
    }

    @Bean
    BudgetValidator budgetValidator(ValidationSettings settings) {
        return new BudgetValidator(settings.severities());
    }

    /**
     * Bound as validate-in-0 (parsed topic); publishes to the validated topic itself. A Consumer, not a
     * Function: Spring Cloud Function parses every Function's input and output as JSON again only to see
     * whether it is a batch (see EventPublisher).
     */
    @Bean
    Consumer<Message<byte[]>> validate(BudgetValidation validation) {
        return validation::accept;
    }
}
