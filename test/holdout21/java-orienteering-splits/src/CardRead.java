package orient.results;

import java.util.ArrayList;
import java.util.List;

/** The content of one SI card as read at the download station. */
public final class CardRead {
    public final long cardNumber;
    public final String bib;
    public final String courseName;
    public final String className;
    public final int startSec;
    public final int finishSec;
    public final List<int[]> punches = new ArrayList<>(); // {code, seconds since midnight}
    public int garbled;

    public CardRead(long cardNumber, String bib, String courseName, String className, int startSec, int finishSec) {
        this.cardNumber = cardNumber;
        this.bib = bib;
        this.courseName = courseName;
        this.className = className;
        this.startSec = startSec;
        this.finishSec = finishSec;
    }
}
