package budget.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Where something is printed in a PDF: the 1-based page and a box in PDF points, origin at the top-left corner of
 * the page as shown (crop box, rotation applied), y growing downward, as an image of the page is drawn.
 * Geometry, not money: doubles are fine here.
 */
public record PageBox(
        @JsonProperty("page") int page,
        @JsonProperty("x") double x,
        @JsonProperty("y") double y,
        @JsonProperty("width") double width,
        @JsonProperty("height") double height) {

    /** The smallest box on this page holding both; a box on another page is not added. */
    public PageBox union(PageBox other) {
        if (other == null || other.page != page) {
            return this;
        }
        double left = Math.min(x, other.x);
        double top = Math.min(y, other.y);
        double right = Math.max(x + width, other.x + other.width);
        double bottom = Math.max(y + height, other.y + other.height);
        return new PageBox(page, left, top, right - left, bottom - top);
    }
}
