package dev.geul.reader.theme;

import java.lang.reflect.RecordComponent;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A page's model as plain data: records become maps of their components, collections lists, enums their names,
 * everything else its text; a component marked {@link HtmlValue} becomes {@link SafeHtml}. A theme's templates then see values only, never an object whose methods they could
 * reach (see {@link DataOnlyCollector}).
 */
public final class TemplateData {

    private TemplateData() {
    }

    public static Object of(Object value) {
        if (value == null || value instanceof String || value instanceof Boolean || value instanceof Number
                || value instanceof SafeHtml) {
            return value;
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> copy = new LinkedHashMap<>();
            map.forEach((key, each) -> copy.put(String.valueOf(key), of(each)));
            return copy;
        }
        if (value instanceof Collection<?> collection) {
            List<Object> copy = new ArrayList<>(collection.size());
            collection.forEach(each -> copy.add(of(each)));
            return copy;
        }
        if (value instanceof Record record) {
            Map<String, Object> copy = new LinkedHashMap<>();
            for (RecordComponent component : record.getClass().getRecordComponents()) {
                try {
                    var accessor = component.getAccessor();
                    accessor.setAccessible(true);
                    Object each = accessor.invoke(record);
                    copy.put(component.getName(), component.isAnnotationPresent(HtmlValue.class) && each != null
                            ? new SafeHtml(each.toString()) : of(each));
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException("Cannot read " + component, e);
                }
            }
            return copy;
        }
        if (value instanceof Enum<?> constant) {
            return constant.name().toLowerCase(java.util.Locale.ROOT);
        }
        if (value instanceof TemporalAccessor) {
            return value.toString();
        }
        return value.toString();
    }
}
