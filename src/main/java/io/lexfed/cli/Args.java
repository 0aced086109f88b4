package io.lexfed.cli;

import java.util.List;
import java.util.Map;

/**
 * A command's parsed arguments: the operand and each option's values as given (or its default).
 * The parser has already checked every value against its option's kind, so the accessors only
 * convert.
 */
record Args(String operand, Map<String, List<String>> values) {
    String text(String option) {
        List<String> v = values.get(option);
        return v == null ? null : v.get(0);
    }

    int integer(String option) {
        return Integer.parseInt(text(option));
    }

    boolean flag(String option) {
        return values.containsKey(option);
    }

    List<String> list(String option) {
        return values.getOrDefault(option, List.of());
    }
}
