package budget.support;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The dead-letter topic of each consumer binding (budget.topics.dead-letters.*): named here once, used as each
 * binding's {@code dlq-name} and by whoever follows dead letters (the status tracker of query-service).
 *
 * @param parse    parse-service's, for records of the received topic
 * @param validate validate-service's, for records of the parsed topic
 * @param store    query-service's read model, for records of the validated topic
 * @param status   query-service's status tracker, for records of the received, parsed and failed topics
 */
@ConfigurationProperties("budget.topics.dead-letters")
public record DeadLetterTopics(String parse, String validate, String store, String status) {

    /** The consumer that gave up on the records of a dead-letter topic. */
    public enum Consumer { PARSE, VALIDATE, STORE, STATUS }

    /** Whose dead letters the topic holds, or null when it is none of the pipeline's. */
    public Consumer consumerOf(String topic) {
        if (topic == null) {
            return null;
        }
        if (topic.equals(parse)) {
            return Consumer.PARSE;
        }
        if (topic.equals(validate)) {
            return Consumer.VALIDATE;
        }
        if (topic.equals(store)) {
            return Consumer.STORE;
        }
        return topic.equals(status) ? Consumer.STATUS : null;
    }
}
