package budget.stack;

import de.bwaldvogel.mongo.bson.Decimal128;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.bson.ObjectId;
import de.bwaldvogel.mongo.wire.bson.BsonDecoder;
import de.bwaldvogel.mongo.wire.bson.BsonEncoder;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;

import org.h2.mvstore.WriteBuffer;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * How the store writes what H2 would otherwise Java-serialise (its default for a type it does not know): the marker
 * byte {@value #MARKER} and a BSON document, with the server's own encoder. The marker is none of the tags of H2's
 * object format (0 to 119), so a reader tells the two forms apart by the first byte, and a file written before
 * (in H2's object format) is still read.
 */
final class BsonForm {

    static final byte MARKER = 126;

    private BsonForm() {
    }

    /** The BSON bytes of a document (or of values keyed by position). */
    static byte[] encode(Map<String, ?> document) {
        ByteBuf bson = Unpooled.buffer(256);
        try {
            BsonEncoder.encodeDocument(document, bson);
            byte[] bytes = new byte[bson.readableBytes()];
            bson.readBytes(bytes);
            return bytes;
        } finally {
            bson.release();
        }
    }

    /**
     * Writes values in this form: the marker and a BSON document of the values under the keys "0", "1", ... (as BSON
     * writes an array), encoded straight from the values.
     */
    static void writeValues(WriteBuffer buffer, Iterable<?> values) {
        ByteBuf bson = Unpooled.buffer(64);
        try {
            bson.writeIntLE(0);
            int index = 0;
            for (Object value : values) {
                byte type = BsonEncoder.determineType(value);
                bson.writeByte(type);
                bson.writeCharSequence(String.valueOf(index++), StandardCharsets.US_ASCII);
                bson.writeByte(0);
                BsonEncoder.encodeValue(type, value, bson);
            }
            bson.writeByte(0);
            bson.setIntLE(0, bson.writerIndex());
            buffer.put(MARKER).put(bson.nioBuffer());
        } finally {
            bson.release();
        }
    }

    /** Reads values written by {@link #writeValues} (after {@link #marked}), in their order. */
    static List<Object> readValues(ByteBuffer buffer) {
        return new ArrayList<>(decode(read(buffer)).values());
    }

    static Document decode(byte[] bson) {
        return BsonDecoder.decodeBson(Unpooled.wrappedBuffer(bson));
    }

    /** Whether the value at the buffer's position is in this form. */
    static boolean marked(ByteBuffer buffer) {
        return buffer.get(buffer.position()) == MARKER;
    }

    /** Reads a value in this form (after {@link #marked}): the document's bytes, the buffer moved past them. */
    static byte[] read(ByteBuffer buffer) {
        buffer.get();
        int length = buffer.duplicate().order(ByteOrder.LITTLE_ENDIAN).getInt();
        byte[] bson = new byte[length];
        buffer.get(bson);
        return bson;
    }

    /**
     * Whether BSON gives the value back equal and of the same class: what the server's documents hold (it decodes them
     * from BSON), but not every value an index key may hold (its {@code Missing}, sets, other maps), which stay in
     * H2's format.
     */
    static boolean exact(Object value) {
        if (value == null || value instanceof String || value instanceof Integer || value instanceof Long
                || value instanceof Double || value instanceof Boolean || value instanceof ObjectId
                || value instanceof Instant || value instanceof Decimal128) {
            return true;
        }
        if (value instanceof Document document) {
            return document.values().stream().allMatch(BsonForm::exact);
        }
        if (value instanceof List<?> list) {
            return list.stream().allMatch(BsonForm::exact);
        }
        return false;
    }
}
