package darts;

/** A league player and the parameters of his throwing model. */
final class Player {
    final int id;
    final String name;
    final double sigma;        // mm, radial scatter of a relaxed throw
    final double doubleNerve;  // scatter multiplier when throwing at a double
    final boolean prefersT19;

    Player(int id, String name, double sigma, double doubleNerve, boolean prefersT19) {
        this.id = id;
        this.name = name;
        this.sigma = sigma;
        this.doubleNerve = doubleNerve;
        this.prefersT19 = prefersT19;
    }

    @Override
    public String toString() {
        return name;
    }
}
