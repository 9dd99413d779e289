package org.example.catalog;

import java.util.Map;

/** A normalised catalogue entry. */
record Product(String sku, String title, long priceCents, int stock, String category,
               Map<String, String> attributes, String[] tokens, long checksum) {}
