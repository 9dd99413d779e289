package com.acme.shipping;

import java.text.NumberFormat;
import java.util.Locale;

final class RateLine {
    private RateLine() {}

    static String of(Parcel p, double price) {
        NumberFormat money = NumberFormat.getCurrencyInstance(Locale.UK);
        return p.tracking() + ';' + p.zone() + ';' + money.format(price);
    }
}
