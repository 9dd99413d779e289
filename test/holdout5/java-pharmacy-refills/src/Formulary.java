import java.util.HashMap;
import java.util.Map;

class Formulary {
    static final int SIZE = 400;

    static final class Drug {
        final String code;
        final String name;
        final double coinsurance;
        final double copayFloor;

        Drug(String code, String name, double coinsurance, double copayFloor) {
            this.code = code;
            this.name = name;
            this.coinsurance = coinsurance;
            this.copayFloor = copayFloor;
        }
    }

    private final Map<String, Drug> byCode = new HashMap<>();

    static Formulary standard() {
        Formulary f = new Formulary();
        String[] stems = {"atorva", "lisino", "metfor", "amlodi", "omepra", "levothy", "sertra", "gabap"};
        for (int i = 0; i < SIZE; i++) {
            String code = "NDC" + i;
            f.byCode.put(code, new Drug(code, stems[i % stems.length] + "-" + (i * 5 % 100 + 5) + "mg",
                    0.1 + (i % 4) * 0.1, 2.0 + (i % 3) * 5));
        }
        return f;
    }

    Drug lookup(String code) { return byCode.get(code); }
}
