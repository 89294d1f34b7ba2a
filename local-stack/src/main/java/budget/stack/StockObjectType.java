package budget.stack;

import org.h2.mvstore.type.ObjectDataType;

/**
 * H2's object format (what the stock backend writes every key and value in), one instance per thread. An
 * {@code ObjectDataType} remembers the kind of value it handled last and is not safe to share: the store's types are
 * used by every map from the server's workers and from H2's background writer at once, and a thread that sized a
 * string while another compared two ObjectIds made that comparison fail ("Can not compare"); failing in the writer,
 * it closed the store.
 */
final class StockObjectType {

    private static final ThreadLocal<ObjectDataType> PER_THREAD = ThreadLocal.withInitial(ObjectDataType::new);

    private StockObjectType() {
    }

    static ObjectDataType get() {
        return PER_THREAD.get();
    }
}
