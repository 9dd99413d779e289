package moulding;

/** A resin lot loaded into a press hopper. */
record MaterialLot(String lotNo, String pressId, String resin, long loadedAtEpochSecond) {
}
