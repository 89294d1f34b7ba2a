package budget.support;

import budget.events.BudgetEvent;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Publishes the pipeline's events with the Kafka producer and returns once the broker has acknowledged
 * them, so a stage commits its input only after its output is safe; a send that fails throws, and the
 * input is retried (then dead-lettered). The stages consume through Spring Cloud Stream but publish here:
 * the binder's output path runs every payload through Spring Cloud Function, which parses the JSON again
 * only to see whether it is a batch, which cost validate-service a third of its CPU.
 */
public final class EventPublisher implements AutoCloseable {

    private final KafkaProducer<byte[], byte[]> producer;
    private final Duration timeout;

    /** A producer with the pipeline's settings ({@link KafkaClientFactory}) that gives up on a send after {@code timeout}. */
    public EventPublisher(KafkaClientFactory clients, Duration timeout) {
        this.producer = clients.producer(Map.of(
                ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, (int) timeout.toMillis(),
                ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) Math.min(30_000, timeout.toMillis())));
        this.timeout = timeout;
    }

    /** Sends the event to the topic, keyed, and waits for the broker's acknowledgement. */
    public void publish(String topic, BudgetEvent event, String key) {
        try {
            producer.send(KafkaMessages.record(topic, event, key)).get(timeout.toMillis() + 1_000, TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw refused(topic, event, e.getCause());
        } catch (TimeoutException e) {
            throw refused(topic, event, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw refused(topic, event, e);
        }
    }

    /** Sends a record that is not an event (a budget summary) as JSON to the topic, keyed, and waits as above. */
    public void publishRecord(String topic, Object record, String key) {
        try {
            producer.send(new org.apache.kafka.clients.producer.ProducerRecord<>(topic,
                    key.getBytes(java.nio.charset.StandardCharsets.UTF_8), budget.events.EventJson.write(record)))
                    .get(timeout.toMillis() + 1_000, TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw new IllegalStateException("the broker did not take a record for " + topic + ": "
                    + e.getCause().getMessage(), e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("the broker did not take a record for " + topic + " in time", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while publishing to " + topic, e);
        }
    }

    private static IllegalStateException refused(String topic, BudgetEvent event, Throwable cause) {
        return new IllegalStateException("the broker did not take " + event.eventType() + " of document "
                + event.documentId() + " for " + topic + ": " + cause.getMessage(), cause);
    }

    @Override
    public void close() {
        producer.close(Duration.ofSeconds(10));
    }
}
