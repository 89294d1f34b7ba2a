package budget.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A writing slip the prose shows as printed: a doubled word or punctuation mark, a sentence cut short or left
 * without its full stop, a closing quote with no opening one, a placeholder left in, wording of the other kind
 * of budget; or a slip of the page layout: a blank page inside the document, a line of text cut by the edge it is
 * clipped to, characters that cannot be read. The reader records what is printed; the validator decides what it
 * is worth.
 *
 * @param kind    what was seen
 * @param text    the printed words it is about (the doubled word, the placeholder, the wording)
 * @param excerpt the words around it, as printed without line breaks and spaces, to find it by
 * @param line    the 1-based source line
 * @param box     where the line is printed (PDF input only), else null
 */
public record ProseMark(
        @JsonProperty("kind") Kind kind,
        @JsonProperty("text") String text,
        @JsonProperty("excerpt") String excerpt,
        @JsonProperty("line") int line,
        @JsonProperty("box") @JsonInclude(JsonInclude.Include.NON_NULL) PageBox box) {

    /** What a mark is. */
    public enum Kind {
        /** The same word or clause twice in a row: 增加增加, 其他收入3万元，其他收入3万元. */
        DOUBLED_WORD,
        /** Two clause marks in a row: 。。 ，， ，。 */
        DOUBLED_PUNCTUATION,
        /** A sentence that stops where its content should be: 主要原因是。 预算安排万元. */
        CUT_SHORT,
        /** A sentence that ends its paragraph without a full stop. */
        MISSING_FULL_STOP,
        /** A closing quote mark with no opening one before it. */
        STRAY_QUOTE,
        /** A template placeholder left in: XX, ××, 增加（减少）. */
        PLACEHOLDER,
        /** 部门预算/本部门 wording in a unit budget, or 单位预算/本单位 wording in a department budget. */
        KIND_WORDING,
        /** A page with nothing on it between printed pages ({@code excerpt} 第N页). */
        BLANK_PAGE,
        /** A line of text that shows only in part: cut by the page edge or the area it is clipped to (PDF only). */
        CUT_OFF_TEXT,
        /** Characters that cannot be read: U+FFFD, private use, {@code (cid:N)}, or glyphs without Unicode. */
        UNREADABLE_CHARACTERS
    }

    /** A mark read from text, which has no page geometry. */
    public ProseMark(Kind kind, String text, String excerpt, int line) {
        this(kind, text, excerpt, line, null);
    }

    /** The same mark, located on its page. */
    public ProseMark located(PageBox where) {
        return new ProseMark(kind, text, excerpt, line, where);
    }
}
