import java.util.regex.Pattern;

final class SkuValidator {
    static final String[] ALLOWED_FAMILIES = {"ABX", "KLM", "QRS", "TUV", "WYZ", "DEF", "GHJ", "MNP"};

    private SkuValidator() {}

    static boolean isValid(String sku) {
        Pattern pattern = Pattern.compile("^(" + String.join("|", ALLOWED_FAMILIES) + ")-(\\d{4,6})(?:-[A-Z0-9]{2})?$");
        return pattern.matcher(sku).matches();
    }
}
