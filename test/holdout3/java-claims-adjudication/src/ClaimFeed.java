import java.util.ArrayList;
import java.util.List;

/** Synthetic 837-style claim lines: id|member|npi|code|dx|date|units|billed|pos */
public final class ClaimFeed {
    private static final String[] CPT = {"99213", "99214", "99203", "80053", "85025", "71046", "93000", "97110", "36415", "90471"};
    private static final String[] HCPCS = {"J3490", "G0439", "A4253", "E0114", "J1100", "Q4081"};
    private static final String[] DX = {"E11.9", "I10", "J06.9", "M54.5", "Z00.00", "R07.9", "K21.9", "F41.1", "n18.3", "E78.5"};
    private static final String[] POS = {"11", "21", "22", "23", "81"};

    private long state;
    private int seq;

    ClaimFeed(long seed) {
        this.state = seed;
    }

    private long next() {
        state ^= state << 13;
        state ^= state >>> 7;
        state ^= state << 17;
        return state & Long.MAX_VALUE;
    }

    List<String> nextFile(int n) {
        List<String> out = new ArrayList<>(n);
        StringBuilder sb = new StringBuilder(96);
        for (int i = 0; i < n; i++) {
            long r = next();
            sb.setLength(0);
            sb.append("CLM").append(1_000_000 + seq++).append('|');
            long member = 100_000 + (r % 6_000);
            sb.append("m-").append(member / 1000).append('-').append(member % 1000).append('|');
            sb.append(1_234_000_000L + (r >>> 16) % 900).append('|');
            String code = ((r >>> 24) % 10 < 4) ? HCPCS[(int) ((r >>> 28) % HCPCS.length)] : CPT[(int) ((r >>> 28) % CPT.length)];
            sb.append(code).append('|');
            sb.append(DX[(int) ((r >>> 34) % DX.length)]).append('|');
            int month = 1 + (int) ((r >>> 40) % 12);
            int day = 1 + (int) ((r >>> 44) % 28);
            sb.append("2025-").append(month < 10 ? "0" : "").append(month).append('-').append(day < 10 ? "0" : "").append(day).append('|');
            sb.append(1 + (r >>> 50) % 4).append('|');
            sb.append(40 + (r >>> 8) % 900).append('.').append((r >>> 12) % 90 + 10).append('|');
            sb.append(POS[(int) ((r >>> 56) % POS.length)]);
            out.add(sb.toString());
        }
        return out;
    }
}
