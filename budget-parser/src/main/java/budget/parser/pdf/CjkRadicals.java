package budget.parser.pdf;

/**
 * The CJK Radicals Supplement (U+2E80–U+2EFF) as the ideographs they stand for. Some Chinese fonts map glyphs
 * such as 长, 门, 见 to these radical code points; NFKC leaves them (all but two) alone, so a name printed
 * with them would not match the same name printed normally. The pairs follow Unicode's
 * EquivalentUnifiedIdeograph data for the radicals that are whole characters; the Kangxi radicals
 * (U+2F00–U+2FDF) are handled by NFKC itself.
 */
final class CjkRadicals {

    private static final char[] TABLE = new char[0x80];

    static {
        String pairs = "⺁厂⺄乙⺅亻⺆冂⺊卜⺌小⺍小⺎兀⺐尢⺒巳⺓幺⺔彑⺖忄⺗心⺘扌⺙攵⺛旡⺝月⺟母⺠民⺡氵⺢氺⺣灬"
                + "⺤爫⺦丬⺧牛⺨犭⺩王⺫罒⺬示⺭礻⺮竹⺯糹⺰纟⺲罒⺳网⺶羊⺷羊⺸羋⺹耂⺺肀⺻聿⺼肉⺽臼⺾艹⺿艹⻀艹"
                + "⻁虎⻂衤⻃覀⻄西⻅见⻆角⻇角⻈讠⻉贝⻊足⻋车⻌辶⻍辶⻎辶⻏阝⻐钅⻑長⻒镸⻓长⻔门⻖阝⻗雨⻘青⻙韦"
                + "⻚页⻛风⻜飞⻝食⻟飠⻠饣⻢马⻣骨⻤鬼⻥鱼⻦鸟⻧卤⻨麦⻩黄⻪黾⻫斉⻬齐⻭歯⻮齿⻯竜⻰龙⻱龜⻲亀⻳龟";
        for (int i = 0; i + 1 < pairs.length(); i += 2) {
            TABLE[pairs.charAt(i) - 0x2E80] = pairs.charAt(i + 1);
        }
    }

    private CjkRadicals() {
    }

    /** The ideograph a supplement radical stands for, or 0 when it is only a component. */
    static char ideograph(char radical) {
        return radical >= '\u2E80' && radical <= '\u2EFF' ? TABLE[radical - 0x2E80] : 0;
    }
}
