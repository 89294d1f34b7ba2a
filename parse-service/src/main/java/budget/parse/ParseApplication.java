package budget.parse;

import budget.parser.BudgetParser;
import budget.support.KafkaTopicsConfiguration;
import budget.support.ServiceLauncher;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.messaging.Message;

import java.util.function.Function;

/** Reads each received document into a budget: received → parsed (or failed). */
@SpringBootApplication
@Import(KafkaTopicsConfiguration.class)
public class ParseApplication {

    public static final String NAME = "parse-service";

    public static void main(String[] args) {
        ServiceLauncher.run(ParseApplication.class, NAME, args);
    }

    @Bean
    BudgetParser budgetParser() {
        return new BudgetParser();
    }

    /** Bound as parse-in-0 (received topic) → parse-out-0 (parsed topic). */
    @Bean
    Function<Message<byte[]>, Message<byte[]>> parse(DocumentParsing parsing) {
        return parsing::apply;
    }
}
