import java.time.LocalDateTime;

/** An inpatient ward: a set of beds arranged in bays plus isolation side rooms. */
public class Ward {
    final String id;
    final String specialty;
    final Bed[] beds;
    final int floor;
    private int free;
    private int freeSideRooms;

    Ward(String id, String specialty, int bedCount, int sideRooms, int floor) {
        this.id = id;
        this.specialty = specialty;
        this.floor = floor;
        this.beds = new Bed[bedCount];
        for (int i = 0; i < bedCount; i++) {
            boolean side = i >= bedCount - sideRooms;
            String bay = side ? "SR" + (i - (bedCount - sideRooms) + 1) : "B" + (i / 6 + 1);
            beds[i] = new Bed(id + "/" + (i + 1), id, bay, side);
        }
        this.free = bedCount;
        this.freeSideRooms = sideRooms;
    }

    /** Places a patient in a suitable free bed. */
    Bed reserve(Patient p, LocalDateTime at) throws NoBedAvailableException {
        if (free == 0 || (p.isolation && freeSideRooms == 0)) {
            throw new NoBedAvailableException(id, p.mrn, p.isolation);
        }
        Bed best = null;
        for (Bed b : beds) {
            if (b.occupant != null || b.blockedUntil != null && b.blockedUntil.isAfter(at)) {
                continue;
            }
            if (p.isolation != b.sideRoom) {
                // keep side rooms for infection control unless nothing else is left
                if (p.isolation || best != null) {
                    continue;
                }
            }
            best = b;
            if (p.isolation == b.sideRoom) {
                break;
            }
        }
        if (best == null) {
            throw new NoBedAvailableException(id, p.mrn, p.isolation);
        }
        best.admit(p, at);
        free--;
        if (best.sideRoom) {
            freeSideRooms--;
        }
        return best;
    }

    void release(Bed b, LocalDateTime at) {
        b.discharge(at);
        free++;
        if (b.sideRoom) {
            freeSideRooms++;
        }
    }

    int occupied() {
        return beds.length - free;
    }

    double occupancy() {
        return (double) occupied() / beds.length;
    }
}
