package orient.results;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Checks a card against its course. Controls must be visited in order; extra
 * punches are allowed. Uses a longest-common-subsequence alignment so that a
 * runner who punched a wrong control and then the right one is not marked
 * mispunched, and picks the matching punch for each control.
 */
public final class CourseValidator {
    private final Map<String, Course> courses;

    public CourseValidator(Map<String, Course> courses) {
        this.courses = courses;
    }

    public RunResult validate(CardRead card) {
        Course course = courses.get(card.courseName);
        int[] want = course.controls();
        List<int[]> got = card.punches;
        int n = want.length, m = got.size();
        int[][] lcs = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                lcs[i][j] = want[i] == got.get(j)[0]
                        ? lcs[i + 1][j + 1] + 1
                        : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        if (card.finishSec < 0) {
            return new RunResult(card.bib, card.className, course.getName(), card.cardNumber,
                    RunResult.Status.DNF, 0, List.of());
        }
        if (lcs[0][0] < n) {
            return new RunResult(card.bib, card.className, course.getName(), card.cardNumber,
                    RunResult.Status.MISPUNCH, card.finishSec - card.startSec, List.of());
        }
        List<RunResult.Split> splits = new ArrayList<>(n + 1);
        int i = 0, j = 0, prev = card.startSec;
        while (i < n) {
            if (want[i] == got.get(j)[0] && lcs[i][j] == lcs[i + 1][j + 1] + 1) {
                int t = got.get(j)[1];
                splits.add(new RunResult.Split(card.bib, i, want[i], t - prev, t - card.startSec));
                prev = t;
                i++;
                j++;
            } else if (lcs[i + 1][j] >= lcs[i][j + 1]) {
                i++;
            } else {
                j++;
            }
        }
        splits.add(new RunResult.Split(card.bib, n, 0, card.finishSec - prev, card.finishSec - card.startSec));
        return new RunResult(card.bib, card.className, course.getName(), card.cardNumber,
                RunResult.Status.OK, card.finishSec - card.startSec, splits);
    }
}
