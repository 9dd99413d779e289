import java.util.ArrayList;
import java.util.List;

/** Word tokenisation and normalisation used for matching (letters and digits, lower case). */
final class Tokenizer {

    private Tokenizer() {}

    static List<String> words(String text) {
        List<String> out = new ArrayList<>(24);
        int start = -1;
        for (int i = 0; i <= text.length(); i++) {
            boolean word = i < text.length() && Character.isLetterOrDigit(text.charAt(i));
            if (word && start < 0) {
                start = i;
            } else if (!word && start >= 0) {
                out.add(text.substring(start, i).toLowerCase());
                start = -1;
            }
        }
        return out;
    }

    static String normalise(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                space = sb.length() > 0;
            } else {
                if (space) {
                    sb.append(' ');
                    space = false;
                }
                sb.append(Character.toLowerCase(c));
            }
        }
        return sb.toString();
    }
}
