package com.acme.shipping;

import java.util.regex.Pattern;

final class TrackingNumbers {
    private TrackingNumbers() {}

    static boolean isValid(String tracking) {
        Pattern shape = Pattern.compile("^1Z[0-9A-Z]{6}(?:[0-9]{2})[0-9]{7,8}$");
        return shape.matcher(tracking).matches();
    }
}
