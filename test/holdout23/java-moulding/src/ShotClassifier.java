package moulding;

import java.util.ArrayList;
import java.util.List;

/** Sorts shots into good, suspect (alert window breached) and scrap. */
final class ShotClassifier {
    enum Verdict { GOOD, SUSPECT, SCRAP }

    record Deviation(Parameter parameter, double value) {}

    record Classification(Shot shot, Verdict verdict, List<Deviation> deviations) {}

    private static final Parameter[] MONITORED = Parameter.values();

    Classification classify(Shot shot, ProcessWindow window) {
        List<Deviation> deviations = new ArrayList<>(2);
        for (Parameter p : MONITORED) {
            try {
                window.check(shot, p);
            } catch (ProcessDeviationException e) {
                deviations.add(new Deviation(e.parameter(), e.value()));
            }
        }
        Verdict verdict;
        if (shot.alarmCode != 0) {
            verdict = Verdict.SCRAP;
        } else if (deviations.stream().anyMatch(d -> d.parameter() == Parameter.PART_WEIGHT
                || d.parameter() == Parameter.CUSHION && d.value() < 1.0)) {
            verdict = Verdict.SCRAP;
        } else if (deviations.isEmpty()) {
            verdict = Verdict.GOOD;
        } else {
            verdict = Verdict.SUSPECT;
        }
        return new Classification(shot, verdict, deviations);
    }
}
