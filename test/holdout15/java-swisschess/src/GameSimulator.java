package swisschess;

import java.util.SplittableRandom;

/**
 * Plays out a game as a random walk of the evaluation over the moves: each
 * move shifts the advantage by an amount drawn around the strength gap.
 */
final class GameSimulator {
    private final SplittableRandom rnd;
    private long movesPlayed;

    GameSimulator(long seed) { this.rnd = new SplittableRandom(seed); }

    long movesPlayed() { return movesPlayed; }

    /** Returns white's score: 1, 0.5 or 0. */
    double play(Player white, Player black) {
        double edge = (white.strength - black.strength) / 400.0 + 0.03; // first-move advantage
        double eval = 0;
        double volatility = 0.18;
        for (int move = 1; move <= 160; move++) {
            movesPlayed++;
            double u = rnd.nextDouble() + rnd.nextDouble() + rnd.nextDouble() - 1.5; // ~normal
            eval += edge * 0.02 + u * volatility;
            if (move > 30) volatility *= 0.992; // positions simplify
            if (eval > 3.2) return 1.0;
            if (eval < -3.2) return 0.0;
            if (move > 60 && Math.abs(eval) < 0.15 && rnd.nextInt(40) == 0) return 0.5; // agreed draw
        }
        return Math.abs(eval) < 1.0 ? 0.5 : eval > 0 ? 1.0 : 0.0;
    }
}
