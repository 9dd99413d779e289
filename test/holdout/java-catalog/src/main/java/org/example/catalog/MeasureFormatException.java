package org.example.catalog;

/** A measure attribute that is not a plain integer (it carries a unit, or is free text). */
final class MeasureFormatException extends Exception {
    private static final long serialVersionUID = 1L;

    MeasureFormatException(String name, String raw, Throwable cause) {
        super("measure '" + name + "' is not a plain integer: '" + raw + "'", cause);
    }
}
