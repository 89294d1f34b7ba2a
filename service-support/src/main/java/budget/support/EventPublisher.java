package budget.support;

import budget.events.BudgetEvent;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Publishes the pipeline's events with the Kafka producer so that a stage commits its input only after the broker
 * has acknowledged its output. While a stage's consumer thread processes a poll ({@link PollBatch}), sends are
 * asynchronous and awaited together at the end of the poll, before its offsets are committed (a send the broker
 * does not acknowledge has the poll processed again); anywhere else (an upload, a re-validation) a publish returns
 * once the broker has acknowledged it, and a send that fails throws, so the input is retried (then
 * dead-lettered). The stages consume through Spring Cloud Stream but publish here:
 * the binder's output path runs every payload through Spring Cloud Function, which parses the JSON again
 * only to see whether it is a batch, which cost validate-service a third of its CPU.
 */
public final class EventPublisher implements AutoCloseable {

    private final KafkaProducer<byte[], byte[]> producer;
    private final Duration timeout;
    private final ThreadLocal<Unacknowledged> unacknowledged = ThreadLocal.withInitial(Unacknowledged::new);

    /** A producer with the pipeline's settings ({@link KafkaClientFactory}) that gives up on a send after {@code timeout}. */
    public EventPublisher(KafkaClientFactory clients, Duration timeout) {
        this.producer = clients.producer(Map.of(
                ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, (int) timeout.toMillis(),
                ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) Math.min(30_000, timeout.toMillis())));
        this.timeout = timeout;
    }

    /** Sends the event to the topic, keyed; acknowledged before the input is committed (see the class). */
    public void publish(String topic, BudgetEvent event, String key) {
        acknowledged(send(KafkaMessages.record(topic, event, key), what(event)), topic, what(event));
    }

    /**
     * Sends the event to the topic, keyed, without waiting: several sends are in flight together and each is awaited
     * with {@link Sent#await()} (an upload's documents, acknowledged together before the upload is answered).
     */
    public Sent send(String topic, BudgetEvent event, String key) {
        Future<RecordMetadata> sent = producer.send(KafkaMessages.record(topic, event, key));
        return () -> acknowledged(sent, topic, what(event));
    }

    /** An event sent. */
    @FunctionalInterface
    public interface Sent {
        /** Returns once the broker has acknowledged the event; throws when it did not take it. */
        void await();
    }

    /** Sends a record that is not an event (a budget summary) as JSON to the topic, keyed, and waits as above. */
    public void publishRecord(String topic, Object record, String key) {
        String what = "a record keyed " + key;
        acknowledged(send(new ProducerRecord<>(topic, key.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                budget.events.EventJson.write(record)), what), topic, what);
    }

    /**
     * Sends the record; while deferring, the acknowledgement is awaited at the end of the poll and null is returned
     * (a send the producer refuses at once still throws here, so the record that made it is retried as usual).
     */
    private Future<RecordMetadata> send(ProducerRecord<byte[], byte[]> record, String what) {
        Future<RecordMetadata> sent = producer.send(record);
        if (!PollBatch.deferring()) {
            return sent;
        }
        if (sent.isDone()) {
            acknowledged(sent, record.topic(), what);
        }
        Unacknowledged pending = unacknowledged.get();
        pending.sends.add(new Pending(record.topic(), what, sent));
        PollBatch.defer(pending);
        return null;
    }

    /** Waits for the broker's acknowledgement of a send (none for null: deferred); throws naming what it refused. */
    private void acknowledged(Future<RecordMetadata> sent, String topic, String what) {
        if (sent == null) {
            return;
        }
        try {
            sent.get(timeout.toMillis() + 1_000, TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw new IllegalStateException("the broker did not take " + what + " for " + topic + ": "
                    + e.getCause().getMessage(), e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("the broker did not take " + what + " for " + topic + " in time", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while publishing " + what + " to " + topic, e);
        }
    }

    private static String what(BudgetEvent event) {
        return event.eventType() + " of document " + event.documentId();
    }

    private record Pending(String topic, String what, Future<RecordMetadata> sent) {
    }

    /** This thread's sends of the poll being processed, awaited before its offsets are committed. */
    private final class Unacknowledged implements PollBatch.Flush {
        final List<Pending> sends = new ArrayList<>();

        @Override
        public void flush() {
            List<Pending> all = new ArrayList<>(sends);
            sends.clear();
            all.forEach(pending -> acknowledged(pending.sent(), pending.topic(), pending.what()));
        }

        @Override
        public void discard() {
            sends.clear();
        }
    }

    @Override
    public void close() {
        producer.close(Duration.ofSeconds(10));
    }
}
