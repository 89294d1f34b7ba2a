package budget.parser.text;

import java.util.Arrays;
import java.util.List;

/**
 * Finds which of up to 64 words occur in a text in one pass, instead of one {@code indexOf} per word: a table
 * indexed by character says which words start with it, and a word's second character is compared before the
 * whole word.
 */
public final class Keywords {

    private final String[] words;
    private final char[][] letters;
    /** Per character: 0 when no word starts with it, else 1 + index into {@link #starting}. */
    private final char[] first = new char[Character.MAX_VALUE + 1];
    private int[][] starting = new int[0][];

    public Keywords(List<String> words) {
        if (words.size() > 64) {
            throw new IllegalArgumentException("at most 64 words");
        }
        this.words = words.toArray(new String[0]);
        this.letters = new char[this.words.length][];
        for (int w = 0; w < this.words.length; w++) {
            letters[w] = this.words[w].toCharArray();
        }
        for (int w = 0; w < this.words.length; w++) {
            char c = this.words[w].charAt(0);
            if (first[c] == 0) {
                starting = Arrays.copyOf(starting, starting.length + 1);
                starting[starting.length - 1] = new int[] {w};
                first[c] = (char) starting.length;
            } else {
                int[] old = starting[first[c] - 1];
                int[] grown = Arrays.copyOf(old, old.length + 1);
                grown[old.length] = w;
                starting[first[c] - 1] = grown;
            }
        }
    }

    /** Bit w is set when word w occurs in the text. */
    public long scan(String text) {
        char[] chars = text.toCharArray(); // array reads are cheaper than charAt on the text's UTF-16 bytes
        long found = 0;
        int length = chars.length;
        for (int i = 0; i < length; i++) {
            char slot = first[chars[i]];
            if (slot == 0) {
                continue;
            }
            for (int w : starting[slot - 1]) {
                char[] word = letters[w];
                // the second letter decides nearly every candidate without a call
                if ((found & (1L << w)) == 0 && (word.length == 1
                        || i + 1 < length && chars[i + 1] == word[1] && matches(chars, i, word))) {
                    found |= 1L << w;
                }
            }
        }
        return found;
    }

    private static boolean matches(char[] chars, int at, char[] word) {
        int length = word.length;
        if (at + length > chars.length) {
            return false;
        }
        for (int j = 1; j < length; j++) {
            if (chars[at + j] != word[j]) {
                return false;
            }
        }
        return true;
    }

    /** The bit index of a word given to the constructor. */
    public int index(String word) {
        for (int w = 0; w < words.length; w++) {
            if (words[w].equals(word)) {
                return w;
            }
        }
        throw new IllegalArgumentException("not a keyword: " + word);
    }
}
