package telematics;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Matches fault codes against open recall and technical service campaigns. */
public final class CampaignMatcher {

    /** A campaign applies to one model and a set of fault codes. */
    public static final class Campaign {
        final String reference;
        final String model;
        final Set<String> codes;

        Campaign(String reference, String model, Set<String> codes) {
            this.reference = reference;
            this.model = model;
            this.codes = codes;
        }
    }

    private static final Logger LOG = Logger.getLogger("telematics.campaigns");

    private final DtcCatalogue catalogue;
    private final Map<String, List<Campaign>> byModel = new HashMap<>();
    private long hits;

    CampaignMatcher(DtcCatalogue catalogue, List<Campaign> campaigns) {
        this.catalogue = catalogue;
        for (Campaign c : campaigns) {
            byModel.computeIfAbsent(c.model, m -> new ArrayList<>()).add(c);
        }
    }

    static List<Campaign> openCampaigns(DtcCatalogue catalogue, long seed) {
        SplittableRandom r = new SplittableRandom(seed ^ 0x5EED);
        List<DtcCatalogue.Definition> all = catalogue.all();
        List<Campaign> out = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            String model = FrameSource.MODELS[r.nextInt(FrameSource.MODELS.length)];
            Set<String> codes = new HashSet<>();
            for (int k = 0; k < 2 + r.nextInt(4); k++) {
                codes.add(all.get(r.nextInt(all.size())).code);
            }
            String kind = r.nextInt(4) == 0 ? "R" : "TSB";
            out.add(new Campaign(String.format("%s-%02d-%03d", kind, 23 + r.nextInt(3), i), model, codes));
        }
        return out;
    }

    long campaignHits() {
        return hits;
    }

    /** Builds the diagnostic events for the fault codes in a frame. */
    List<DiagnosticEvent> evaluate(TelemetryFrame f) {
        if (f.faultCodes.isEmpty()) {
            return List.of();
        }
        List<DiagnosticEvent> events = new ArrayList<>(f.faultCodes.size());
        List<Campaign> campaigns = byModel.getOrDefault(f.model, List.of());
        for (String code : f.faultCodes) {
            Optional<DtcCatalogue.Definition> def = catalogue.describe(code);
            String description = def.map(d -> d.description).orElse("Unknown manufacturer code");
            String system = def.map(d -> d.system).orElse("unknown");
            int severity = def.map(d -> d.severity).orElse(2);
            String campaign = "";
            for (Campaign c : campaigns) {
                if (c.codes.contains(code)) {
                    campaign = c.reference;
                    hits++;
                    break;
                }
            }
            if (severity >= 3) {
                LOG.log(Level.INFO, "fault " + code + " on " + f.model + " " + f.vin + " severity " + severity
                        + (campaign.isEmpty() ? "" : " campaign " + campaign));
            }
            events.add(new DiagnosticEvent(f.vin, f.model, f.timestamp, f.ecu, code, description, system, severity,
                    campaign, f.signal("odo", -1), f.signal("ect", Double.NaN), f.signal("vbat", Double.NaN)));
        }
        return events;
    }
}
