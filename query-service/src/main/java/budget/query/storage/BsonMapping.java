package budget.query.storage;

import budget.events.EventJson;
import org.bson.BsonBinaryReader;
import org.bson.BsonBinaryWriter;
import org.bson.BsonDocument;
import org.bson.BsonDocumentReader;
import org.bson.BsonReader;
import org.bson.BsonType;
import org.bson.BsonWriter;
import org.bson.Document;
import org.bson.RawBsonDocument;
import org.bson.codecs.DocumentCodec;
import org.bson.io.BasicOutputBuffer;
import org.bson.types.Decimal128;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.util.TokenBuffer;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Records to BSON documents and back, through the same JSON names as the events. Amounts stay exact: a
 * BigDecimal becomes a Decimal128 (so MongoDB can sum them) and comes back as the same BigDecimal.
 *
 * <p>A record's JSON tokens are written straight to BSON bytes and read straight from them (through Jackson's
 * token buffer), not through a map of maps that the driver encodes again: storing a budget is mostly this. The
 * stored shape is the one the map form gave (every fractional number a Decimal128, int and long as Int32 and Int64,
 * nulls kept), so records stored by earlier releases read back.
 */
public final class BsonMapping {

    private BsonMapping() {
    }

    /** The record as BSON, ready to be written as a document or inside one. */
    public static RawBsonDocument toBson(Object record) {
        return toBson(record, null, null);
    }

    /** The record as BSON with one more string field after its own (null name: none). */
    public static RawBsonDocument toBson(Object record, String name, String value) {
        TokenBuffer tokens = TokenBuffer.forGeneration();
        EventJson.mapper().writeValue(tokens, record);
        BasicOutputBuffer out = new BasicOutputBuffer(4096);
        try (BsonBinaryWriter writer = new BsonBinaryWriter(out); JsonParser parser = tokens.asParser()) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new IllegalArgumentException("not a record: " + record.getClass().getName());
            }
            writer.writeStartDocument();
            copyMembers(parser, writer);
            if (name != null) {
                writer.writeString(name, value);
            }
            writer.writeEndDocument();
        }
        return new RawBsonDocument(out.getInternalBuffer(), 0, out.getPosition());
    }

    /** The record as a document (for callers that add to it or nest it in an update). */
    public static Document toDocument(Object record) {
        return toBson(record).decode(new DocumentCodec());
    }

    public static <T> T fromBson(BsonDocument document, Class<T> type) {
        BsonReader reader = document instanceof RawBsonDocument raw ? new BsonBinaryReader(raw.getByteBuffer().asNIO())
                : new BsonDocumentReader(document);
        TokenBuffer tokens = TokenBuffer.forGeneration();
        try (reader) {
            copyDocument(reader, tokens);
        }
        return EventJson.mapper().readValue(tokens.asParser(), type);
    }

    public static <T> T fromDocument(Document document, Class<T> type) {
        return fromBson(document.toBsonDocument(), type);
    }

    /** Copies the members of the object the parser is in (after its START_OBJECT) up to its end. */
    private static void copyMembers(JsonParser parser, BsonWriter writer) {
        for (JsonToken token = parser.nextToken(); token != JsonToken.END_OBJECT; token = parser.nextToken()) {
            writer.writeName(parser.currentName());
            copyValue(parser, parser.nextToken(), writer);
        }
    }

    private static void copyValue(JsonParser parser, JsonToken token, BsonWriter writer) {
        switch (token) {
            case START_OBJECT -> {
                writer.writeStartDocument();
                copyMembers(parser, writer);
                writer.writeEndDocument();
            }
            case START_ARRAY -> {
                writer.writeStartArray();
                for (JsonToken element = parser.nextToken(); element != JsonToken.END_ARRAY; element = parser.nextToken()) {
                    copyValue(parser, element, writer);
                }
                writer.writeEndArray();
            }
            case VALUE_STRING -> writer.writeString(parser.getString());
            case VALUE_NUMBER_INT -> {
                switch (parser.getNumberType()) {
                    case INT -> writer.writeInt32(parser.getIntValue());
                    case LONG -> writer.writeInt64(parser.getLongValue());
                    default -> writeBigInteger(parser.getBigIntegerValue(), writer);
                }
            }
            // every fractional number, as the map form stored it (fractions read as BigDecimal): exact, and summable
            case VALUE_NUMBER_FLOAT -> writer.writeDecimal128(new Decimal128(parser.getDecimalValue()));
            case VALUE_TRUE -> writer.writeBoolean(true);
            case VALUE_FALSE -> writer.writeBoolean(false);
            case VALUE_NULL -> writer.writeNull();
            default -> throw new IllegalArgumentException("no BSON form for the JSON token " + token);
        }
    }

    private static void writeBigInteger(BigInteger value, BsonWriter writer) {
        if (value.bitLength() < 64) {
            writer.writeInt64(value.longValue());
        } else {
            writer.writeDecimal128(new Decimal128(new BigDecimal(value)));
        }
    }

    private static void copyDocument(BsonReader reader, TokenBuffer tokens) {
        reader.readStartDocument();
        tokens.writeStartObject();
        while (reader.readBsonType() != BsonType.END_OF_DOCUMENT) {
            tokens.writeName(reader.readName());
            copyValue(reader, tokens);
        }
        reader.readEndDocument();
        tokens.writeEndObject();
    }

    private static void copyValue(BsonReader reader, TokenBuffer tokens) {
        switch (reader.getCurrentBsonType()) {
            case DOCUMENT -> copyDocument(reader, tokens);
            case ARRAY -> {
                reader.readStartArray();
                tokens.writeStartArray();
                while (reader.readBsonType() != BsonType.END_OF_DOCUMENT) {
                    copyValue(reader, tokens);
                }
                reader.readEndArray();
                tokens.writeEndArray();
            }
            case STRING -> tokens.writeString(reader.readString());
            case INT32 -> tokens.writeNumber(reader.readInt32());
            case INT64 -> tokens.writeNumber(reader.readInt64());
            case DOUBLE -> tokens.writeNumber(reader.readDouble());
            case DECIMAL128 -> tokens.writeNumber(reader.readDecimal128().bigDecimalValue());
            case BOOLEAN -> tokens.writeBoolean(reader.readBoolean());
            case NULL -> {
                reader.readNull();
                tokens.writeNull();
            }
            case OBJECT_ID -> tokens.writeString(reader.readObjectId().toHexString());
            default -> throw new IllegalArgumentException("no record field reads the BSON type "
                    + reader.getCurrentBsonType());
        }
    }

    /** A document with every Decimal128 inside turned into BigDecimal, keeping Document access methods. */
    public static Document plainDocument(Document document) {
        Document out = new Document();
        document.forEach((k, v) -> out.put(k, v instanceof Document d ? plainDocument(d) : plain(v)));
        return out;
    }

    /** Decimal128 → BigDecimal, nested documents → maps: plain Java values for answers built from documents. */
    @SuppressWarnings("unchecked")
    public static Object plain(Object value) {
        if (value instanceof Decimal128 decimal) {
            return decimal.bigDecimalValue();
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> out = new LinkedHashMap<>();
            ((Map<String, Object>) map).forEach((k, v) -> out.put(k, plain(v)));
            return out;
        }
        if (value instanceof List<?> list) {
            List<Object> out = new ArrayList<>(list.size());
            list.forEach(v -> out.add(plain(v)));
            return out;
        }
        return value;
    }
}
