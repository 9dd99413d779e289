package org.herbaria.reconcile;

import java.util.List;

/** Flags sheets whose coordinates disagree with their locality or country. */
public final class GeoreferenceCheck {
    private static final double EARTH_RADIUS_KM = 6371.0088;
    private final Gazetteer gazetteer;
    private int flagged;

    public GeoreferenceCheck(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    public void check(List<Specimen> batch) {
        for (Specimen s : batch) {
            Gazetteer.Place p = gazetteer.byName(s.getLocality());
            StringBuilder remarks = new StringBuilder();
            if (!gazetteer.inCountry(s.getCountryCode(), s.getDecimalLatitude(), s.getDecimalLongitude())) {
                remarks.append("coordinates outside country; ");
            }
            if (p != null) {
                double km = haversine(p.lat(), p.lon(), s.getDecimalLatitude(), s.getDecimalLongitude());
                if (km > 5) {
                    remarks.append("distance to locality ").append(Math.round(km)).append(" km; ");
                }
                if (Math.abs(p.elevation() - s.getMinimumElevationInMeters()) > 300) {
                    remarks.append("elevation mismatch; ");
                }
            }
            if (remarks.length() > 0) {
                flagged++;
            }
            s.setGeoreferenceRemarks(remarks.toString());
        }
    }

    static double haversine(double lat1, double lon1, double lat2, double lon2) {
        double p1 = Math.toRadians(lat1), p2 = Math.toRadians(lat2);
        double dp = p2 - p1, dl = Math.toRadians(lon2 - lon1);
        double a = Math.sin(dp / 2) * Math.sin(dp / 2) + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.sqrt(a));
    }

    public int flagged() { return flagged; }
}
