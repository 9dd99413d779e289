import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

public class AuditTrail {
    private final List<String> sink = new ArrayList<>();

    /** Records every field that changed between the two versions of the record. */
    List<String> diff(Object before, Object after) {
        List<String> changes = new ArrayList<>();
        for (Field f : after.getClass().getDeclaredFields()) {
            f.setAccessible(true);
            try {
                Object a = f.get(before);
                Object b = f.get(after);
                if (!Objects.equals(a, b)) {
                    changes.add(f.getName() + ":" + a + "->" + b);
                }
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        }
        if (sink.size() > 10_000) {
            sink.clear();
        }
        sink.addAll(changes);
        return changes;
    }
}
