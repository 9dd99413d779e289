package org.ringing.prover;

import java.util.SplittableRandom;

/**
 * Random-restart search for true touches of a method: call sequences are
 * drawn with a bias towards plain leads, each is proved, and the most
 * musical true touches that come round are kept.
 */
final class CompositionSearch {
    static final class Best {
        String method;
        String calling = "";
        int music = -1;
        int rows;
        int tried;
        int trueRound;
        int falseTouches;
    }

    private final TouchProver prover;
    private final SplittableRandom rnd;

    CompositionSearch(TouchProver prover, long seed) {
        this.prover = prover;
        this.rnd = new SplittableRandom(seed);
    }

    Best search(RingingMethod m, int attempts, int maxLeads) {
        Best best = new Best();
        best.method = m.name();
        RingingMethod.Call[] calls = new RingingMethod.Call[maxLeads];
        TouchProver.Result r = new TouchProver.Result();
        for (int a = 0; a < attempts; a++) {
            for (int i = 0; i < maxLeads; i++) {
                int roll = rnd.nextInt(10);
                calls[i] = roll < 6 ? RingingMethod.Call.PLAIN : roll < 9 ? RingingMethod.Call.BOB : RingingMethod.Call.SINGLE;
            }
            prover.prove(m, calls, r);
            best.tried++;
            if (!r.truth) {
                best.falseTouches++;
                continue;
            }
            if (r.comesRound) {
                best.trueRound++;
                if (r.music > best.music) {
                    best.music = r.music;
                    best.rows = r.rows;
                    best.calling = calling(calls, (r.rows + m.leadLength() - 1) / m.leadLength());
                }
            }
        }
        return best;
    }

    private static String calling(RingingMethod.Call[] calls, int leads) {
        StringBuilder sb = new StringBuilder(leads);
        for (int i = 0; i < leads && i < calls.length; i++) {
            sb.append(calls[i] == RingingMethod.Call.PLAIN ? 'p' : calls[i] == RingingMethod.Call.BOB ? '-' : 's');
        }
        return sb.toString();
    }
}
