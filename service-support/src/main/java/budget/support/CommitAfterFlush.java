package budget.support;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.Map;
import java.util.Set;

/**
 * A stage's Kafka consumer that commits only after the work its records deferred is done ({@link PollBatch}): a
 * poll marks the thread as processing a poll, and every commit first flushes the thread's deferred work. If that
 * fails, the offsets are not committed and the consumer is rewound to the committed ones, so the poll's records
 * are delivered and processed again. The listener container commits on the consumer's own thread after it has
 * passed every record of a poll to the listener (ack mode BATCH), so a commit covers exactly the records whose
 * work was deferred on that thread.
 */
public final class CommitAfterFlush implements InvocationHandler {

    private static final Logger log = LoggerFactory.getLogger(CommitAfterFlush.class);

    private final Consumer<?, ?> consumer;

    private CommitAfterFlush(Consumer<?, ?> consumer) {
        this.consumer = consumer;
    }

    @SuppressWarnings("unchecked")
    public static <K, V> Consumer<K, V> wrap(Consumer<K, V> consumer) {
        return (Consumer<K, V>) Proxy.newProxyInstance(CommitAfterFlush.class.getClassLoader(),
                new Class<?>[]{Consumer.class}, new CommitAfterFlush(consumer));
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
        String name = method.getName();
        if (name.equals("poll")) {
            PollBatch.polled();
        } else if (name.equals("close")) {
            // what was deferred and not committed comes again to whoever is assigned the partitions next
            PollBatch.closed();
        } else if (name.equals("commitSync") || name.equals("commitAsync")) {
            if (!PollBatch.flush()) {
                rewind(args);
                return null;
            }
        }
        Object result;
        try {
            result = method.invoke(consumer, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
        if (name.equals("commitSync")) {
            PollBatch.committed();
        }
        return result;
    }

    /** Back to the committed offsets of the partitions the commit was for (all assigned ones if it names none). */
    @SuppressWarnings("unchecked")
    private void rewind(Object[] args) {
        Set<TopicPartition> partitions = args != null && args.length > 0 && args[0] instanceof Map<?, ?> offsets
                ? ((Map<TopicPartition, OffsetAndMetadata>) offsets).keySet() : consumer.assignment();
        Map<TopicPartition, OffsetAndMetadata> committed = consumer.committed(partitions);
        for (TopicPartition partition : partitions) {
            OffsetAndMetadata offset = committed.get(partition);
            if (offset != null) {
                consumer.seek(partition, offset);
            } else {
                consumer.seekToBeginning(Set.of(partition));
            }
        }
        log.warn("offsets of {} not committed: their records are processed again", partitions);
    }
}
