/** Name comparison helpers. */
final class Names {
    private Names() {}

    private static final char[] CODES = "01230120022455012623010202".toCharArray();

    static String soundex(String name) {
        char[] out = {'0', '0', '0', '0'};
        int n = 0;
        char last = 0;
        for (int i = 0; i < name.length() && n < 4; i++) {
            char c = Character.toUpperCase(name.charAt(i));
            if (c < 'A' || c > 'Z') continue;
            char code = CODES[c - 'A'];
            if (n == 0) {
                out[n++] = c;
                last = code;
                continue;
            }
            if (code != '0' && code != last) out[n++] = code;
            if (c != 'H' && c != 'W') last = code;
        }
        return new String(out);
    }

    static double jaroWinkler(String a, String b) {
        if (a.equals(b)) return 1.0;
        int la = a.length(), lb = b.length();
        if (la == 0 || lb == 0) return 0.0;
        int window = Math.max(0, Math.max(la, lb) / 2 - 1);
        boolean[] am = new boolean[la], bm = new boolean[lb];
        int m = 0;
        for (int i = 0; i < la; i++) {
            int lo = Math.max(0, i - window), hi = Math.min(lb, i + window + 1);
            for (int j = lo; j < hi; j++) {
                if (!bm[j] && a.charAt(i) == b.charAt(j)) {
                    am[i] = bm[j] = true;
                    m++;
                    break;
                }
            }
        }
        if (m == 0) return 0.0;
        int t = 0, k = 0;
        for (int i = 0; i < la; i++) {
            if (!am[i]) continue;
            while (!bm[k]) k++;
            if (a.charAt(i) != b.charAt(k)) t++;
            k++;
        }
        double fm = m;
        double jaro = (fm / la + fm / lb + (fm - t / 2.0) / fm) / 3.0;
        int prefix = 0;
        while (prefix < 4 && prefix < la && prefix < lb && a.charAt(prefix) == b.charAt(prefix)) prefix++;
        return jaro + prefix * 0.1 * (1 - jaro);
    }
}
