package org.ballastlab;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/** Register of samples by sample id; every stored revision is an independent copy. */
final class SampleStore {
    private final Map<String, SampleRecord> bySampleId = new LinkedHashMap<>();

    SampleRecord get(String sampleId) {
        return bySampleId.get(sampleId);
    }

    void put(SampleRecord rec) {
        bySampleId.put(rec.sampleId, rec);
    }

    int size() {
        return bySampleId.size();
    }

    Collection<SampleRecord> all() {
        return new ArrayList<>(bySampleId.values());
    }

    /** Independent working copy of a record, so the desk never mutates what the inspector sent. */
    static SampleRecord copyOf(SampleRecord rec) {
        return (SampleRecord) readBack(flatten(rec));
    }

    private static byte[] flatten(Object value) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(2048);
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static Object readBack(byte[] data) {
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(data))) {
            return in.readObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
