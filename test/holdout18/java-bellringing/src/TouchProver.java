package org.ringing.prover;

/**
 * Rings a touch lead by lead, proving it true (no row repeated) and scoring
 * its music. Buffers and the row set are owned by the prover and reused.
 */
final class TouchProver {
    static final class Result {
        boolean comesRound;
        boolean truth;
        int rows;
        int music;
        long falseRow;
    }

    private final RowSet seen = new RowSet(1 << 15);
    private final MusicScorer music;
    private final byte[] row = new byte[16];
    private final byte[] next = new byte[16];

    TouchProver(MusicScorer music) {
        this.music = music;
    }

    Result prove(RingingMethod m, RingingMethod.Call[] calls, Result out) {
        int stage = m.stage();
        RowCodec.rounds(row, stage);
        long roundsPacked = RowCodec.pack(row, stage);
        seen.clear();
        out.comesRound = false;
        out.truth = true;
        out.rows = 0;
        out.music = 0;
        out.falseRow = 0;
        int leadLen = m.leadLength();
        for (RingingMethod.Call call : calls) {
            for (int i = 0; i < leadLen; i++) {
                int[] perm = m.change(i, call);
                for (int p = 0; p < stage; p++) {
                    next[p] = row[perm[p]];
                }
                System.arraycopy(next, 0, row, 0, stage);
                long packed = RowCodec.pack(row, stage);
                out.rows++;
                if (packed == roundsPacked) {
                    out.comesRound = true;
                    return out;
                }
                if (!seen.add(packed)) {
                    out.truth = false;
                    out.falseRow = packed;
                    return out;
                }
                out.music += music.score(packed);
            }
        }
        return out;
    }
}
