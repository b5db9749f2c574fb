package org.needlesafe.properties;

import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.Map;
import java.util.StringJoiner;
import net.jqwik.api.SampleReportingFormat;
import org.needlesafe.TreatmentCase;

/**
 * Shows a whole case in test reports. The case records withhold their values from toString (so that Drools' logs
 * never carry patient data); a failing property must still show the case that falsified it, so jqwik is given this
 * format (registered in META-INF/services) and tests can call {@link #of}.
 */
public final class CaseText implements SampleReportingFormat {

    @Override
    public boolean appliesTo(Object value) {
        return value instanceof TreatmentCase;
    }

    @Override
    public Object report(Object value) {
        return of(value);
    }

    /** Every value of a record, recursively, as {@code Type[component=value, ...]}. */
    public static String of(Object value) {
        if (value instanceof Record record) {
            StringJoiner text = new StringJoiner(", ", record.getClass().getSimpleName() + "[", "]");
            for (RecordComponent component : record.getClass().getRecordComponents()) {
                try {
                    text.add(component.getName() + "=" + of(component.getAccessor().invoke(record)));
                } catch (ReflectiveOperationException e) {
                    text.add(component.getName() + "=?");
                }
            }
            return text.toString();
        }
        if (value instanceof Collection<?> collection) {
            StringJoiner text = new StringJoiner(", ", "[", "]");
            collection.forEach(item -> text.add(of(item)));
            return text.toString();
        }
        if (value instanceof Map<?, ?> map) {
            StringJoiner text = new StringJoiner(", ", "{", "}");
            map.forEach((key, item) -> text.add(of(key) + "=" + of(item)));
            return text.toString();
        }
        return String.valueOf(value);
    }
}
