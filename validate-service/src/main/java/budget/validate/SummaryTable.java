package budget.validate;

import budget.events.EventJson;
import budget.model.BudgetSummary;
import budget.support.KafkaClientFactory;
import budget.support.PipelineTopics;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * The compacted topic of budget summaries as a table: the latest version of every budget, by budget key. One
 * thread reads the topic from its beginning (no consumer group: every instance holds the whole table) and keeps
 * reading. Validation waits until the table has caught up with what the topic held at start, so a restarted
 * service compares with every budget stored before. Once caught up, every change is passed to the listener (the
 * cross-year re-evaluation), after one sweep over the whole table.
 */
@Component
class SummaryTable implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(SummaryTable.class);
    private static final Duration POLL = Duration.ofMillis(200);

    private final Map<String, BudgetSummary> latest = new ConcurrentHashMap<>();
    private final CountDownLatch loaded = new CountDownLatch(1);
    private final KafkaClientFactory clients;
    private final String topic;
    private final Duration loadTimeout;
    private volatile Listener listener = Listener.NONE;
    private volatile boolean running;
    private volatile KafkaConsumer<byte[], byte[]> consumer;
    private Thread thread;

    /** What the table tells of its changes. */
    interface Listener {

        Listener NONE = new Listener() {
            @Override
            public void changed(BudgetSummary summary) {
            }

            @Override
            public void outdated(BudgetSummary latest) {
            }
        };

        /** A summary became the table's latest of its budget (a new budget, a new version, a re-evaluation). */
        void changed(BudgetSummary summary);

        /** An older version was written after {@code latest}: the topic must end with the latest again. */
        void outdated(BudgetSummary latest);
    }

    SummaryTable(KafkaClientFactory clients, PipelineTopics topics,
                 @Value("${budget.cross-year.load-timeout:60s}") Duration loadTimeout) {
        this.clients = clients;
        this.topic = topics.summaries();
        this.loadTimeout = loadTimeout;
    }

    void listen(Listener listener) {
        this.listener = listener;
    }

    /** The latest summary of a budget, once the table has caught up (waiting for it at most the load timeout). */
    Optional<BudgetSummary> get(budget.model.BudgetKey key) {
        awaitLoaded();
        return Optional.ofNullable(latest.get(key.id()));
    }

    boolean awaitLoaded() {
        try {
            boolean done = loaded.await(loadTimeout.toMillis(), TimeUnit.MILLISECONDS);
            if (!done) {
                log.warn("the summary table has not caught up with {} after {}; validating without it", topic, loadTimeout);
            }
            return done;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    @Override
    public void start() {
        running = true;
        thread = new Thread(this::run, "summary-table");
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public void stop() {
        running = false;
        KafkaConsumer<byte[], byte[]> current = consumer;
        if (current != null) {
            current.wakeup();
        }
        if (thread != null) {
            try {
                thread.join(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void run() {
        while (running) {
            try (KafkaConsumer<byte[], byte[]> reader = clients.consumer(Map.of(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false))) {
                consumer = reader;
                read(reader);
            } catch (WakeupException e) {
                return;
            } catch (RuntimeException e) {
                log.warn("reading {} failed ({}); reading it again", topic, e.toString());
                sleep();
            }
        }
    }

    private void read(KafkaConsumer<byte[], byte[]> reader) {
        List<TopicPartition> partitions = partitions(reader);
        reader.assign(partitions);
        reader.seekToBeginning(partitions);
        Map<TopicPartition, Long> end = reader.endOffsets(partitions);
        boolean caughtUp = loaded.getCount() == 0;
        while (running) {
            for (ConsumerRecord<byte[], byte[]> record : reader.poll(POLL)) {
                apply(record, caughtUp);
            }
            if (!caughtUp && partitions.stream().allMatch(p -> reader.position(p) >= end.get(p))) {
                caughtUp = true;
                log.info("summary table loaded: {} budgets from {}", latest.size(), topic);
                loaded.countDown();
                latest.values().forEach(this::tell);
            }
        }
    }

    private void apply(ConsumerRecord<byte[], byte[]> record, boolean caughtUp) {
        if (record.value() == null) {
            return;
        }
        BudgetSummary summary;
        try {
            summary = EventJson.read(record.value(), BudgetSummary.class);
        } catch (RuntimeException e) {
            log.warn("unreadable summary at {}-{}@{}: {}", record.topic(), record.partition(), record.offset(), e.toString());
            return;
        }
        String key = summary.budgetKey().id();
        BudgetSummary existing = latest.get(key);
        if (existing == null || existing.documentId().equals(summary.documentId()) || summary.newerThan(existing)) {
            latest.put(key, summary);
            if (caughtUp) {
                tell(summary);
            }
        } else if (caughtUp) {
            listener.outdated(existing);
        }
    }

    private void tell(BudgetSummary summary) {
        try {
            listener.changed(summary);
        } catch (RuntimeException e) {
            log.warn("cross-year re-evaluation after {} failed: {}", summary.budgetKey().id(), e.toString());
        }
    }

    private List<TopicPartition> partitions(KafkaConsumer<byte[], byte[]> reader) {
        while (running) {
            List<PartitionInfo> info = reader.partitionsFor(topic, Duration.ofSeconds(10));
            if (info != null && !info.isEmpty()) {
                return info.stream().map(p -> new TopicPartition(topic, p.partition())).toList();
            }
            sleep();
        }
        throw new WakeupException();
    }

    private static void sleep() {
        try {
            Thread.sleep(1_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
