package orient.results;

import java.io.Serializable;
import java.util.List;

/** A course: the ordered control codes a runner must visit, with leg lengths. */
public final class Course implements Serializable {
    private static final long serialVersionUID = 1L;

    private final String name;
    private final int[] controls;
    private final int[] legMetres;

    public Course(String name, int[] controls, int[] legMetres) {
        this.name = name;
        this.controls = controls;
        this.legMetres = legMetres;
    }

    public String getName() { return name; }
    public int[] controls() { return controls; }
    public int legCount() { return controls.length + 1; } // last control to finish
    public int legMetres(int leg) { return legMetres[leg]; }

    public int lengthMetres() {
        int sum = 0;
        for (int m : legMetres) sum += m;
        return sum;
    }

    public static Course of(String name, List<Integer> controls, List<Integer> legs) {
        return new Course(name,
                controls.stream().mapToInt(Integer::intValue).toArray(),
                legs.stream().mapToInt(Integer::intValue).toArray());
    }
}
