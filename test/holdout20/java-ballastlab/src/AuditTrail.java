package org.ballastlab;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Change log of register entries: which fields of a sample changed in each revision. */
final class AuditTrail {
    private final List<String> entries = new ArrayList<>();

    void recordRevision(SampleRecord before, SampleRecord after) {
        List<String> changes = new ArrayList<>();
        diff("", before, after, changes);
        entries.add(after.sampleId + " r" + after.revision + " " + String.join("; ", changes));
    }

    int size() {
        return entries.size();
    }

    private static void diff(String prefix, Object before, Object after, List<String> out) {
        Class<?> type = after.getClass();
        for (Field f : type.getDeclaredFields()) {
            if (Modifier.isStatic(f.getModifiers())) {
                continue;
            }
            f.setAccessible(true);
            Object a;
            Object b;
            try {
                a = before == null ? null : f.get(before);
                b = f.get(after);
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
            if (b instanceof List<?> lb) {
                List<?> la = a instanceof List<?> l ? l : List.of();
                for (int i = 0; i < lb.size(); i++) {
                    diff(prefix + f.getName() + "[" + i + "].", i < la.size() ? la.get(i) : null, lb.get(i), out);
                }
            } else if (!Objects.equals(a, b)) {
                out.add(prefix + f.getName() + "=" + b);
            }
        }
    }
}
