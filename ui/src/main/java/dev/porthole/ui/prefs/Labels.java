package dev.porthole.ui.prefs;

import javafx.util.StringConverter;

import java.util.function.Function;

/** A converter that shows a value by its label (for combo boxes of enums). */
final class Labels {

    private Labels() {
    }

    static <T> StringConverter<T> of(Function<T, String> label) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : label.apply(value);
            }

            @Override
            public T fromString(String s) {
                throw new UnsupportedOperationException("not editable");
            }
        };
    }
}
