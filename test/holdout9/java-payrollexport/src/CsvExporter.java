import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.lang.reflect.Method;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Locale;

@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@interface Column {
    int index();
}

/** Generic bean-to-CSV writer used for all provider exports. */
final class CsvExporter {
    private final char separator;

    CsvExporter(char separator) {
        this.separator = separator;
    }

    String toCsvLine(Object bean) {
        Method[] getters = columnGetters(bean.getClass());
        Locale locale = localeFor(bean);
        StringBuilder line = new StringBuilder(128);
        for (int i = 0; i < getters.length; i++) {
            if (i > 0) {
                line.append(separator);
            }
            Object value;
            try {
                value = getters[i].invoke(bean);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot read " + getters[i].getName(), e);
            }
            line.append(formatCell(value, locale));
        }
        return line.toString();
    }

    /** Getters annotated with @Column, in column order. */
    private static Method[] columnGetters(Class<?> type) {
        return Arrays.stream(type.getDeclaredMethods())
                .filter(m -> m.isAnnotationPresent(Column.class))
                .sorted(Comparator.comparingInt(m -> m.getAnnotation(Column.class).index()))
                .toArray(Method[]::new);
    }

    private static Locale localeFor(Object bean) {
        if (bean instanceof Payslip) {
            switch (((Payslip) bean).getCountry()) {
                case "FR": return Locale.FRANCE;
                case "NL": return new Locale("nl", "NL");
                case "AT": return new Locale("de", "AT");
                case "CH": return new Locale("de", "CH");
                default: return Locale.GERMANY;
            }
        }
        return Locale.ROOT;
    }

    private static String formatCell(Object value, Locale locale) {
        if (value instanceof LocalDate) {
            DateTimeFormatter fmt = DateTimeFormatter.ofPattern("dd. MMM yyyy", locale);
            return fmt.format((LocalDate) value);
        }
        if (value instanceof Double) {
            NumberFormat nf = NumberFormat.getNumberInstance(locale);
            nf.setMinimumFractionDigits(2);
            nf.setMaximumFractionDigits(2);
            return nf.format(value);
        }
        String s = String.valueOf(value);
        return s.indexOf(';') >= 0 ? '"' + s + '"' : s;
    }
}
