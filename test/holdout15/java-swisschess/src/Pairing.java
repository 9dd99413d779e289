package swisschess;

/** A board pairing for one round; black == null means a bye. */
record Pairing(int board, Player white, Player black) {
    boolean isBye() { return black == null; }
}
