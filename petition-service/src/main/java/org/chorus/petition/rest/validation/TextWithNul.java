package org.chorus.petition.rest.validation;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Finds texts containing U+0000 anywhere in a request made of records, lists and maps. JSON allows it as \\u0000,
 * but PostgreSQL text and jsonb cannot store it: without this check it would end as a 500, not a 400.
 */
final class TextWithNul {

    private TextWithNul() {
    }

    /** @return the fields holding such a text, as {@code demands[0].text} or {@code translations[my].title} */
    static List<String> fields(Record request) {
        List<String> found = new ArrayList<>();
        visit(request, "", found);
        return found;
    }

    private static void visit(Object value, String path, List<String> found) {
        if (value instanceof String s) {
            if (s.indexOf('\u0000') >= 0) {
                found.add(path);
            }
        } else if (value instanceof Record r) {
            for (RecordComponent c : r.getClass().getRecordComponents()) {
                visit(read(c, r), path.isEmpty() ? c.getName() : path + "." + c.getName(), found);
            }
        } else if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                visit(list.get(i), path + "[" + i + "]", found);
            }
        } else if (value instanceof Map<?, ?> map) {
            map.forEach((k, v) -> {
                visit(k, path, found);
                visit(v, path + "[" + k + "]", found);
            });
        }
    }

    private static Object read(RecordComponent component, Record record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read " + component.getName(), e);
        }
    }
}
