package budget.stack;

import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.BasicDataType;
import org.h2.mvstore.type.ObjectDataType;

import java.nio.ByteBuffer;
import java.util.List;

/**
 * A document's position in its collection, its {@code _id}: the key of the collection's data map and the value of
 * each of its index entries. Ordered, sized and, for the values H2's object format knows (strings, numbers, null),
 * written as the stock backend does; the others ({@code ObjectId}s, above all: every GridFS chunk's and file's id),
 * which H2 would Java-serialise, as BSON ({@link BsonForm}). So the order of a data map is the one a file written
 * before has, and either form is read.
 */
final class PositionType extends BasicDataType<Object> {

    static final PositionType INSTANCE = new PositionType();

    @Override
    public int compare(Object a, Object b) {
        return StockObjectType.get().compare(a, b);
    }

    @Override
    public int getMemory(Object position) {
        return StockObjectType.get().getMemory(position);
    }

    @Override
    public void write(WriteBuffer buffer, Object position) {
        if (knownToH2(position) || !BsonForm.exact(position)) {
            StockObjectType.get().write(buffer, position);
        } else {
            BsonForm.writeValues(buffer, List.of(position));
        }
    }

    @Override
    public Object read(ByteBuffer buffer) {
        if (BsonForm.marked(buffer)) {
            return BsonForm.readValues(buffer).get(0);
        }
        return StockObjectType.get().read(buffer);
    }

    @Override
    public Object[] createStorage(int size) {
        return new Object[size];
    }

    private static boolean knownToH2(Object value) {
        return value == null || value instanceof String || value instanceof Integer || value instanceof Long
                || value instanceof Double || value instanceof Boolean;
    }
}
