package budget.parser.pdf;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSDocument;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.filter.Filter;
import org.apache.pdfbox.filter.FilterFactory;
import org.apache.pdfbox.pdmodel.PDDocument;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Keeps decompression bombs out of PDFBox. PDFBox decodes a stream wholly into memory before reading it, so a
 * few kilobytes that inflate to gigabytes (an object stream, a page's content, a font) would fill the heap.
 * Before PDFBox reads them, the streams text extraction decodes are decoded here into a counter that stops at
 * the limit (all but an object stream PDFBox needs while loading, such as the one holding the catalog: that
 * one is bounded by the file size limit and, past it, by the reader's OutOfMemoryError catch). Decoding twice costs little, and only streams that could exceed the limit are measured: Flate
 * expands at most about 1032 times, so a stream whose raw length times its filters' largest expansion stays
 * under the limit is let through unmeasured. Images are never decoded by the reader, so never measured.
 */
final class StreamGuard {

    private final long limit;
    private final Set<COSStream> measured = Collections.newSetFromMap(new IdentityHashMap<>());
    private final Set<COSDictionary> visitedResources = Collections.newSetFromMap(new IdentityHashMap<>());
    /** Decoded bytes of the fonts and object streams measured so far, which PDFBox keeps for the whole document. */
    private long kept;

    StreamGuard(long limit) {
        this.limit = limit;
    }

    /** Thrown when a stream decodes into more than the limit; a runtime exception so no filter swallows it. */
    static final class TooLarge extends RuntimeException {

        TooLarge(String what, long limit) {
            super(what + " decodes into more than " + limit / PdfLimits.MIB + " MiB", null, false, false);
        }
    }

    /** Every object stream the cross-reference table points into. */
    void checkObjectStreams(PDDocument document) throws IOException {
        COSDocument cos = document.getDocument();
        Set<Long> streams = new TreeSet<>();
        for (Map.Entry<COSObjectKey, Long> entry : cos.getXrefTable().entrySet()) {
            if (entry.getValue() != null && entry.getValue() < 0) {
                streams.add(-entry.getValue());
            }
        }
        for (long number : streams) {
            COSObject object = cos.getObjectFromPool(new COSObjectKey(number, 0));
            if (object != null && object.getObject() instanceof COSStream stream) {
                keep(check(stream, "object stream " + number));
            }
        }
    }

    /** A page's content streams, and the fonts and forms its resources name (forms' own resources too). */
    void checkPage(COSDictionary page) throws IOException {
        COSBase contents = resolve(page.getItem(COSName.CONTENTS));
        if (contents instanceof COSStream stream) {
            check(stream, "a page's content");
        } else if (contents instanceof COSArray array) {
            for (COSBase item : array) {
                if (resolve(item) instanceof COSStream stream) {
                    check(stream, "a page's content");
                }
            }
        }
        checkResources(inheritedResources(page), 0);
    }

    /**
     * The images a page draws (its own and its forms'), which rendering decodes whole: each must fit the limit
     * as pixels (4 bytes each), whatever its compressed size.
     */
    void checkImages(COSDictionary page) {
        checkImages(inheritedResources(page), 0, Collections.newSetFromMap(new IdentityHashMap<>()));
    }

    private void checkImages(COSDictionary resources, int depth, Set<COSDictionary> visited) {
        if (resources == null || depth > 8 || !visited.add(resources)
                || !(resolve(resources.getItem(COSName.XOBJECT)) instanceof COSDictionary xobjects)) {
            return;
        }
        for (COSBase value : xobjects.getValues()) {
            if (!(resolve(value) instanceof COSStream xobject)) {
                continue;
            }
            if (COSName.IMAGE.equals(xobject.getCOSName(COSName.SUBTYPE))) {
                long pixels = (long) Math.max(0, xobject.getInt(COSName.WIDTH, 0))
                        * Math.max(0, xobject.getInt(COSName.HEIGHT, 0));
                if (pixels * 4 > limit) {
                    throw new TooLarge("an image of " + pixels + " pixels", limit);
                }
            } else if (COSName.FORM.equals(xobject.getCOSName(COSName.SUBTYPE))) {
                checkImages(xobject.getCOSDictionary(COSName.RESOURCES), depth + 1, visited);
            }
        }
    }

    private void checkResources(COSDictionary resources, int depth) throws IOException {
        if (resources == null || depth > 8 || !visitedResources.add(resources)) {
            return;
        }
        if (resolve(resources.getItem(COSName.FONT)) instanceof COSDictionary fonts) {
            for (COSBase value : fonts.getValues()) {
                if (resolve(value) instanceof COSDictionary font) {
                    checkFont(font);
                }
            }
        }
        if (resolve(resources.getItem(COSName.XOBJECT)) instanceof COSDictionary xobjects) {
            for (COSBase value : xobjects.getValues()) {
                if (resolve(value) instanceof COSStream form && COSName.FORM.equals(form.getCOSName(COSName.SUBTYPE))) {
                    check(form, "a form");
                    checkResources(form.getCOSDictionary(COSName.RESOURCES), depth + 1);
                }
            }
        }
    }

    private void checkFont(COSDictionary font) throws IOException {
        List<COSDictionary> fonts = new ArrayList<>(List.of(font));
        if (resolve(font.getItem(COSName.DESCENDANT_FONTS)) instanceof COSArray descendants) {
            for (COSBase descendant : descendants) {
                if (resolve(descendant) instanceof COSDictionary dictionary) {
                    fonts.add(dictionary);
                }
            }
        }
        for (COSDictionary dictionary : fonts) {
            if (resolve(dictionary.getItem(COSName.TO_UNICODE)) instanceof COSStream toUnicode) {
                keep(check(toUnicode, "a font's ToUnicode map"));
            }
            if (resolve(dictionary.getItem(COSName.FONT_DESC)) instanceof COSDictionary descriptor) {
                for (COSName file : List.of(COSName.FONT_FILE, COSName.FONT_FILE2, COSName.FONT_FILE3)) {
                    if (resolve(descriptor.getItem(file)) instanceof COSStream stream) {
                        keep(check(stream, "an embedded font"));
                    }
                }
            }
        }
    }

    private void keep(long bytes) {
        kept += bytes;
        if (kept > limit) {
            throw new TooLarge("the document's fonts and object streams together", limit);
        }
    }

    /** The decoded length of a stream not measured before (0 when it was, or when it need not be). */
    private long check(COSStream stream, String what) throws IOException {
        if (!measured.add(stream)) {
            return 0;
        }
        List<COSName> filters = filters(stream);
        double expansion = 1;
        for (COSName filter : filters) {
            expansion *= maxExpansion(filter);
            if (Double.isNaN(expansion)) {
                return 0; // an image filter: PDFBox does not decode it for text, nor do we
            }
        }
        long raw = stream.getLength();
        if (raw * expansion <= limit) {
            return 0;
        }
        return decodedLength(stream, filters, what);
    }

    private long decodedLength(COSStream stream, List<COSName> filters, String what) throws IOException {
        InputStream input = stream.createRawInputStream();
        try {
            for (int i = 0; i < filters.size(); i++) {
                Filter filter = FilterFactory.INSTANCE.getFilter(filters.get(i));
                if (i == filters.size() - 1) {
                    Counter counter = new Counter(limit, what);
                    filter.decode(input, counter, stream, i);
                    return counter.count;
                }
                Bounded intermediate = new Bounded(limit, what);
                filter.decode(input, intermediate, stream, i);
                input.close();
                input = new ByteArrayInputStream(intermediate.toByteArray());
            }
            return 0;
        } catch (IOException e) {
            return 0; // a stream that does not decode is PDFBox's to report (or skip), not a bomb
        } finally {
            input.close();
        }
    }

    private static List<COSName> filters(COSStream stream) {
        COSBase filter = resolve(stream.getFilters());
        List<COSName> names = new ArrayList<>();
        if (filter instanceof COSName name) {
            names.add(name);
        } else if (filter instanceof COSArray array) {
            for (COSBase item : array) {
                if (resolve(item) instanceof COSName name) {
                    names.add(name);
                }
            }
        }
        return names;
    }

    /** The most a filter can expand its input; NaN for the image filters text extraction never decodes. */
    private static double maxExpansion(COSName filter) {
        String name = filter.getName();
        return switch (name) {
            case "FlateDecode", "Fl" -> 1100;
            case "LZWDecode", "LZW" -> 3700;
            case "RunLengthDecode", "RL" -> 64;
            case "ASCIIHexDecode", "AHx", "ASCII85Decode", "A85" -> 1;
            case "DCTDecode", "DCT", "JPXDecode", "JBIG2Decode", "CCITTFaxDecode", "CCF" -> Double.NaN;
            default -> Double.POSITIVE_INFINITY; // unknown: measure (PDFBox will most likely fail on it)
        };
    }

    private static COSDictionary inheritedResources(COSDictionary page) {
        COSDictionary node = page;
        for (int depth = 0; node != null && depth < 64; depth++) {
            if (resolve(node.getItem(COSName.RESOURCES)) instanceof COSDictionary resources) {
                return resources;
            }
            node = resolve(node.getItem(COSName.PARENT)) instanceof COSDictionary parent ? parent : null;
        }
        return null;
    }

    private static COSBase resolve(COSBase base) {
        return base instanceof COSObject object ? object.getObject() : base;
    }

    /** Counts bytes and stops at the limit. */
    private static final class Counter extends OutputStream {

        private final long limit;
        private final String what;
        long count;

        Counter(long limit, String what) {
            this.limit = limit;
            this.what = what;
        }

        @Override
        public void write(int b) {
            add(1);
        }

        @Override
        public void write(byte[] b, int off, int len) {
            add(len);
        }

        private void add(long bytes) {
            count += bytes;
            if (count > limit) {
                throw new TooLarge(what, limit);
            }
        }
    }

    /** An in-memory buffer for the middle of a filter chain, bounded like the counter. */
    private static final class Bounded extends ByteArrayOutputStream {

        private final long limit;
        private final String what;

        Bounded(long limit, String what) {
            this.limit = limit;
            this.what = what;
        }

        @Override
        public synchronized void write(int b) {
            grow(1);
            super.write(b);
        }

        @Override
        public synchronized void write(byte[] b, int off, int len) {
            grow(len);
            super.write(b, off, len);
        }

        private void grow(long bytes) {
            if (size() + bytes > limit) {
                throw new TooLarge(what, limit);
            }
        }
    }
}
