package orient.results;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/** A runner's validated result with leg splits. */
public final class RunResult implements Serializable {
    private static final long serialVersionUID = 1L;

    public enum Status { OK, MISPUNCH, DNF }

    private final String bib;
    private final String className;
    private final String courseName;
    private final long cardNumber;
    private final Status status;
    private final int runningSec;
    private final List<Split> splits;
    private int position;

    public RunResult(String bib, String className, String courseName, long cardNumber,
                     Status status, int runningSec, List<Split> splits) {
        this.bib = bib;
        this.className = className;
        this.courseName = courseName;
        this.cardNumber = cardNumber;
        this.status = status;
        this.runningSec = runningSec;
        this.splits = new ArrayList<>(splits);
    }

    public String getBib() { return bib; }
    public String getClassName() { return className; }
    public String getCourseName() { return courseName; }
    public long getCardNumber() { return cardNumber; }
    public Status getStatus() { return status; }
    public int getRunningSec() { return runningSec; }
    public int getPosition() { return position; }
    public void setPosition(int position) { this.position = position; }
    public List<Split> splits() { return splits; }

    /** One leg: from the previous control (or start) to this control (or finish). */
    public static final class Split implements Serializable {
        private static final long serialVersionUID = 1L;

        private final String bib;
        private final int leg;
        private final int control;
        private final int legSec;
        private final int elapsedSec;
        private int legRank;
        private double lossSec;

        public Split(String bib, int leg, int control, int legSec, int elapsedSec) {
            this.bib = bib;
            this.leg = leg;
            this.control = control;
            this.legSec = legSec;
            this.elapsedSec = elapsedSec;
        }

        public String getBib() { return bib; }
        public int getLeg() { return leg; }
        public int getControl() { return control; }
        public int getLegSec() { return legSec; }
        public int getElapsedSec() { return elapsedSec; }
        public int getLegRank() { return legRank; }
        public double getLossSec() { return lossSec; }
        void setLegRank(int r) { legRank = r; }
        void setLossSec(double s) { lossSec = s; }
    }
}
