package budget.stack;

import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.MongoWireProtocolHandler;
import de.bwaldvogel.mongo.wire.OpCode;
import de.bwaldvogel.mongo.wire.message.ClientRequest;
import de.bwaldvogel.mongo.wire.message.MongoMessage;
import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The BSON bytes each document of an insert arrived as, so the store keeps those instead of encoding the decoded
 * document again (that encoding was a quarter of the store's CPU in the pipeline's profile). The server decodes a
 * request and then handles it on the same I/O thread, before it decodes the next one, so the bytes are remembered
 * per thread, by the decoded document's identity, from the decoder ({@link Decoder}) until the collection stores
 * the document ({@link #take}).
 *
 * <p>The bytes are the document's exactly: an insert stores the very document the server decoded from them, and the
 * only change it may make first is to add an {@code _id}, so only documents that arrive with one are remembered.
 * Anything else (an upsert's new document, an update, a document the insert did not arrive in a sequence of) is
 * encoded as before.
 */
final class InsertedBytes {

    private static final ThreadLocal<Map<Document, byte[]>> BYTES = ThreadLocal.withInitial(IdentityHashMap::new);
    private static final String DOCUMENTS = "documents";

    private InsertedBytes() {
    }

    /** The bytes the document arrived as, once; null if it did not arrive as the document of an insert. */
    static byte[] take(Document document) {
        Map<Document, byte[]> bytes = BYTES.get();
        return bytes.isEmpty() ? null : bytes.remove(document);
    }

    /** mongo-java-server's decoder, remembering the bytes of the documents of each insert it decodes. */
    static final class Decoder extends MongoWireProtocolHandler {

        @Override
        protected ClientRequest decode(ChannelHandlerContext ctx, ByteBuf buf) throws Exception {
            int start = buf.readerIndex();
            ClientRequest request = super.decode(ctx, buf);
            // the request decoded before this one has been handled: what it did not store is of no use now
            BYTES.get().clear();
            if (request instanceof MongoMessage message
                    && message.getDocument().get(DOCUMENTS) instanceof List<?> documents && !documents.isEmpty()) {
                List<byte[]> bytes = sequence(buf, start, DOCUMENTS);
                if (bytes.size() == documents.size()) {
                    Map<Document, byte[]> remembered = BYTES.get();
                    for (int i = 0; i < bytes.size(); i++) {
                        if (documents.get(i) instanceof Document document && document.containsKey("_id")) {
                            remembered.put(document, bytes.get(i));
                        }
                    }
                }
            }
            return request;
        }
    }

    /**
     * The documents of the OP_MSG document sequence of this name in the frame at {@code start} (the decoder has read
     * past it, the bytes are still there): header (16 bytes), flag bits, then sections, kind 0 a BSON document, kind 1
     * a size, a name and documents; an optional checksum last. Empty if the frame has no such sequence.
     */
    static List<byte[]> sequence(ByteBuf frame, int start, String name) {
        int length = frame.getIntLE(start);
        if (frame.getIntLE(start + 12) != OpCode.OP_MSG.getId()) {
            return List.of();
        }
        boolean checksum = (frame.getIntLE(start + 16) & 1) != 0;
        int end = start + length - (checksum ? 4 : 0);
        int at = start + 20;
        while (at < end) {
            byte kind = frame.getByte(at++);
            int size = frame.getIntLE(at);
            if (kind == MongoMessage.SECTION_KIND_DOCUMENT_SEQUENCE) {
                int sectionEnd = at + size;
                int nameEnd = frame.indexOf(at + 4, sectionEnd, (byte) 0);
                if (nameEnd > 0 && name.equals(frame.toString(at + 4, nameEnd - at - 4, StandardCharsets.UTF_8))) {
                    List<byte[]> documents = new ArrayList<>();
                    for (int d = nameEnd + 1; d < sectionEnd; ) {
                        byte[] document = new byte[frame.getIntLE(d)];
                        frame.getBytes(d, document);
                        documents.add(document);
                        d += document.length;
                    }
                    return documents;
                }
            }
            at += size;
        }
        return List.of();
    }
}
