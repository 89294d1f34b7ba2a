package budget.parser.pdf;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.pdmodel.PDDocument;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * The page dictionaries of a document in order, walked without recursion and with limits: PDFBox's own page
 * iterator collects every page before the first is read, recurses into the tree, and skips a node it meets
 * twice. Here the walk stops past the page limit (TOO_MANY_PAGES, also when the root's /Count says so),
 * and a node met twice, which makes the tree a cycle or a lattice built to multiply pages, is DAMAGED.
 */
final class PageTree {

    private PageTree() {
    }

    /** Why the pages could not be listed. */
    static final class Problem extends Exception {

        final PdfReadOutcome.Reason reason;

        Problem(PdfReadOutcome.Reason reason, String message) {
            super(message, null, false, false);
            this.reason = reason;
        }
    }

    static List<COSDictionary> pages(PDDocument document, int maxPages) throws Problem {
        COSDictionary catalog = document.getDocumentCatalog().getCOSObject();
        if (!(resolve(catalog.getItem(COSName.PAGES)) instanceof COSDictionary root)) {
            throw new Problem(PdfReadOutcome.Reason.DAMAGED, "the document has no page tree");
        }
        int declared = root.getInt(COSName.COUNT, 0);
        if (declared > maxPages) {
            throw new Problem(PdfReadOutcome.Reason.TOO_MANY_PAGES,
                    "the document has " + declared + " pages, more than the limit of " + maxPages);
        }
        List<COSDictionary> pages = new ArrayList<>();
        Set<COSDictionary> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<COSDictionary> stack = new ArrayDeque<>();
        stack.push(root);
        while (!stack.isEmpty()) {
            COSDictionary node = stack.pop();
            COSBase kids = resolve(node.getItem(COSName.KIDS));
            if (kids instanceof COSArray array) {
                if (!seen.add(node)) {
                    throw new Problem(PdfReadOutcome.Reason.DAMAGED, "the page tree reaches one of its nodes twice");
                }
                for (int i = array.size() - 1; i >= 0; i--) {
                    if (resolve(array.get(i)) instanceof COSDictionary kid) {
                        stack.push(kid);
                    }
                }
            } else if (node != root || COSName.PAGE.equals(node.getCOSName(COSName.TYPE))) {
                pages.add(node);
                if (pages.size() > maxPages) {
                    throw new Problem(PdfReadOutcome.Reason.TOO_MANY_PAGES,
                            "the document has more than the limit of " + maxPages + " pages");
                }
            }
        }
        return pages;
    }

    private static COSBase resolve(COSBase base) {
        return base instanceof COSObject object ? object.getObject() : base;
    }
}
