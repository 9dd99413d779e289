import java.time.LocalDateTime;

/** A staffed inpatient bed. */
public class Bed {
    final String id;
    final String wardId;
    final String bay;
    final boolean sideRoom;
    Patient occupant;
    LocalDateTime occupiedSince;
    LocalDateTime blockedUntil; // cleaning after discharge
    String status = "CLEAN";
    int turnovers;

    Bed(String id, String wardId, String bay, boolean sideRoom) {
        this.id = id;
        this.wardId = wardId;
        this.bay = bay;
        this.sideRoom = sideRoom;
    }

    void admit(Patient p, LocalDateTime at) {
        occupant = p;
        occupiedSince = at;
        status = "OCCUPIED";
        p.bedId = id;
    }

    void discharge(LocalDateTime at) {
        occupant = null;
        occupiedSince = null;
        status = "CLEANING";
        blockedUntil = at.plusHours(sideRoom ? 3 : 1);
        turnovers++;
    }
}
