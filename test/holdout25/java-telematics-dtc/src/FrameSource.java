package telematics;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.BlockingQueue;

/**
 * Replays gateway uplinks from the connected fleet. Each line is
 * {@code VIN|model|epochMillis|ECU|name=value;...|code,code}.
 */
public final class FrameSource implements Runnable {
    static final String[] MODELS = {"Corsa-F", "Astra-L", "Mokka-B", "Vivaro-C", "Grandland-X", "Combo-E"};
    private static final String[] ECUS = {"ECM", "TCM", "BCM", "ABS", "GW"};
    private static final String VIN_CHARS = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789";

    private static final class Vehicle {
        String vin;
        String model;
        double odometer;
        double coolantBase;
        double batteryBase;
        boolean thermostatFault;
        boolean weakBattery;
        List<String> latentCodes = new ArrayList<>();
        double faultRate;
    }

    private final List<Vehicle> vehicles = new ArrayList<>();
    private final int frames;
    private final SplittableRandom rng;
    private final BlockingQueue<String> out;
    private final List<DtcCatalogue.Definition> codes;

    FrameSource(int vehicleCount, int frames, long seed, DtcCatalogue catalogue, BlockingQueue<String> out) {
        this.frames = frames;
        this.rng = new SplittableRandom(seed);
        this.out = out;
        this.codes = catalogue.all();
        for (int i = 0; i < vehicleCount; i++) {
            Vehicle v = new Vehicle();
            StringBuilder vin = new StringBuilder("W0L");
            for (int k = 0; k < 14; k++) {
                vin.append(VIN_CHARS.charAt(rng.nextInt(VIN_CHARS.length())));
            }
            v.vin = vin.toString();
            v.model = MODELS[rng.nextInt(MODELS.length)];
            v.odometer = 2_000 + rng.nextDouble() * 180_000;
            v.coolantBase = 84 + rng.nextDouble() * 10;
            v.batteryBase = 12.2 + rng.nextDouble() * 2.2;
            v.thermostatFault = rng.nextInt(25) == 0;
            v.weakBattery = rng.nextInt(20) == 0;
            int latent = rng.nextInt(10) < 5 ? 1 + rng.nextInt(3) : 0;
            for (int k = 0; k < latent; k++) {
                v.latentCodes.add(codes.get(rng.nextInt(codes.size())).code);
            }
            v.faultRate = 0.3 + rng.nextDouble() * 0.5;
            vehicles.add(v);
        }
    }

    @Override
    public void run() {
        long clock = 1_718_000_000_000L;
        StringBuilder sb = new StringBuilder(256);
        try {
            for (int n = 0; n < frames; n++) {
                Vehicle v = vehicles.get(rng.nextInt(vehicles.size()));
                clock += 1 + rng.nextInt(40);
                double speed = rng.nextInt(8) == 0 ? 0 : 20 + rng.nextDouble() * 100;
                v.odometer += speed / 3600 * 30;
                sb.setLength(0);
                sb.append(v.vin).append('|').append(v.model).append('|').append(clock).append('|')
                  .append(ECUS[rng.nextInt(ECUS.length)]).append('|');
                sb.append("rpm=").append(speed == 0 ? 750 + rng.nextInt(100) : 1200 + rng.nextInt(2800));
                sb.append(";vss=").append((int) speed);
                appendDecimal(sb.append(";ect="), v.coolantBase + rng.nextDouble() * (v.thermostatFault && rng.nextInt(20) == 0 ? 30 : 8), 1);
                sb.append(";iat=").append(10 + rng.nextInt(30));
                appendDecimal(sb.append(";maf="), 2 + speed * 0.35 + rng.nextDouble() * 5, 2);
                appendDecimal(sb.append(";stft="), -8 + rng.nextDouble() * 16, 1);
                appendDecimal(sb.append(";vbat="), v.batteryBase - (v.weakBattery && rng.nextInt(10) == 0 ? 1.5 : 0) + rng.nextDouble() * 0.4, 2);
                sb.append(";odo=").append((long) v.odometer);
                sb.append(";tps=0x").append(Integer.toHexString(rng.nextInt(256)).toUpperCase());
                appendDecimal(sb.append(";lambda="), 0.97 + rng.nextDouble() * 0.06, 3);
                sb.append(";gear=").append(speed == 0 ? 0 : 1 + (int) (speed / 22));
                if (rng.nextInt(12) == 0) {
                    sb.append(";fuel=N/A");
                } else {
                    appendDecimal(sb.append(";fuel="), 5 + rng.nextDouble() * 95, 1);
                }
                if (rng.nextInt(6) == 0) {
                    sb.append(";oilp=N/A");
                } else {
                    appendDecimal(sb.append(";oilp="), 150 + rng.nextDouble() * 350, 1);
                }
                appendDecimal(sb.append(";oilt="), v.coolantBase + 6 + rng.nextDouble() * 10, 1);
                appendDecimal(sb.append(";app="), speed == 0 ? 0 : rng.nextDouble() * 80, 1);
                appendDecimal(sb.append(";load="), 15 + rng.nextDouble() * 70, 1);
                appendDecimal(sb.append(";baro="), 96 + rng.nextDouble() * 6, 1);
                appendDecimal(sb.append(";egt="), 250 + speed * 3 + rng.nextDouble() * 60, 1);
                appendDecimal(sb.append(";tft="), v.coolantBase - 5 + rng.nextDouble() * 12, 1);
                appendDecimal(sb.append(";map="), 30 + speed * 0.8 + rng.nextDouble() * 40, 1);
                appendDecimal(sb.append(";dpf="), rng.nextDouble() * 100, 1);
                appendDecimal(sb.append(";aat="), 4 + rng.nextDouble() * 22, 1);
                appendDecimal(sb.append(";rail="), 300 + speed * 9 + rng.nextDouble() * 200, 1);
                appendDecimal(sb.append(";egr="), rng.nextDouble() * 40, 1);
                appendDecimal(sb.append(";def="), 10 + rng.nextDouble() * 90, 1);
                appendDecimal(sb.append(";steer="), -30 + rng.nextDouble() * 60, 1);
                appendDecimal(sb.append(";whl1="), speed * (0.99 + rng.nextDouble() * 0.02), 2);
                appendDecimal(sb.append(";whl2="), speed * (0.99 + rng.nextDouble() * 0.02), 2);
                appendDecimal(sb.append(";whl3="), speed * (0.99 + rng.nextDouble() * 0.02), 2);
                appendDecimal(sb.append(";whl4="), speed * (0.99 + rng.nextDouble() * 0.02), 2);
                appendDecimal(sb.append(";tpms1="), 2.1 + rng.nextDouble() * 0.5, 2);
                appendDecimal(sb.append(";tpms2="), 2.1 + rng.nextDouble() * 0.5, 2);
                appendDecimal(sb.append(";tpms3="), 2.1 + rng.nextDouble() * 0.5, 2);
                appendDecimal(sb.append(";tpms4="), 2.1 + rng.nextDouble() * 0.5, 2);
                sb.append('|');
                if (!v.latentCodes.isEmpty() && rng.nextDouble() < v.faultRate) {
                    for (int k = 0; k < v.latentCodes.size(); k++) {
                        if (k > 0) {
                            sb.append(',');
                        }
                        sb.append(v.latentCodes.get(k));
                    }
                } else if (rng.nextInt(60) == 0) {
                    sb.append(codes.get(rng.nextInt(codes.size())).code);
                }
                out.put(sb.toString());
            }
            out.put("");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void appendDecimal(StringBuilder sb, double value, int places) {
        long scale = places == 1 ? 10 : places == 2 ? 100 : 1000;
        long scaled = Math.round(value * scale);
        if (scaled < 0) {
            sb.append('-');
            scaled = -scaled;
        }
        sb.append(scaled / scale).append('.');
        String frac = Long.toString(scaled % scale);
        for (int i = frac.length(); i < places; i++) {
            sb.append('0');
        }
        sb.append(frac);
    }
}
