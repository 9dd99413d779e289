package berthplan;

import java.util.ArrayList;
import java.util.List;

/** Parses pipe-separated loading list lines received from the shipping line. */
public class LoadingListParser {

    public List<ContainerUnit> parse(List<String> lines) {
        List<ContainerUnit> out = new ArrayList<>(lines.size());
        for (String line : lines) {
            String[] f = line.split("\\|", -1);
            if (f.length != 6 || !checkDigitValid(f[0])) {
                continue;
            }
            int mass = parseGrossMass(f[3]);
            out.add(new ContainerUnit(f[0], f[1], f[2], mass, f[4].isEmpty() ? null : f[4], "R".equals(f[5])));
        }
        return out;
    }

    /** Gross mass arrives either as kilograms ("24350") or as tonnes with a suffix ("24.35T"). */
    static int parseGrossMass(String raw) {
        String t = raw.trim().toUpperCase();
        if (t.endsWith("T")) {
            return (int) Math.round(Double.parseDouble(t.substring(0, t.length() - 1)) * 1000.0);
        }
        if (t.endsWith("KG")) {
            t = t.substring(0, t.length() - 2).trim();
        }
        return t.isEmpty() ? 0 : Integer.parseInt(t);
    }

    /** ISO 6346 check digit. */
    static boolean checkDigitValid(String no) {
        if (no.length() != 11) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 10; i++) {
            char c = no.charAt(i);
            int v;
            if (Character.isDigit(c)) {
                v = c - '0';
            } else {
                v = 10 + (c - 'A');
                v += (v - 1) / 10;
            }
            sum += v << i;
        }
        int check = sum % 11 % 10;
        return check == no.charAt(10) - '0';
    }
}
