package coldchain.audit;

/** Columnar readings decoded from one data-logger export. */
public final class LoggerReading {
    final String loggerId;
    final String shipmentId;
    final String productCode;
    final String lane;
    final long startEpochSec;
    final int intervalSec;
    final float[] tempC;
    final float[] lux;
    int count;

    LoggerReading(String loggerId, String shipmentId, String productCode, String lane,
                  long startEpochSec, int intervalSec, int capacity) {
        this.loggerId = loggerId;
        this.shipmentId = shipmentId;
        this.productCode = productCode;
        this.lane = lane;
        this.startEpochSec = startEpochSec;
        this.intervalSec = intervalSec;
        this.tempC = new float[capacity];
        this.lux = new float[capacity];
    }

    void add(float t, float l) {
        tempC[count] = t;
        lux[count] = l;
        count++;
    }
}
