package ontsync;

/** Splits a comma separated line without quoting (the NBI never quotes). */
final class CsvLine {
    private CsvLine() {}

    static String[] split(String line, int expected) {
        String[] out = new String[expected];
        int n = 0, start = 0;
        while (n < expected - 1) {
            int c = line.indexOf(',', start);
            if (c < 0) {
                break;
            }
            out[n++] = line.substring(start, c);
            start = c + 1;
        }
        out[n++] = line.substring(start);
        if (n < expected) {
            String[] shorter = new String[n];
            System.arraycopy(out, 0, shorter, 0, n);
            return shorter;
        }
        return out;
    }
}
