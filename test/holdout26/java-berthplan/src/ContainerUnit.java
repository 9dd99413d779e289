package berthplan;

import java.io.Serializable;

/** One container declared on a vessel's loading list. */
public class ContainerUnit implements Serializable {
    private static final long serialVersionUID = 1L;

    private final String containerNo;
    private final String isoType;
    private final String portOfDischarge;
    private final int grossMassKg;
    private final String unNumber;
    private final boolean reefer;
    private final int hazardClass;
    private int bay;
    private int row;
    private int tier;
    private boolean stowed;

    public ContainerUnit(String containerNo, String isoType, String portOfDischarge, int grossMassKg,
                         String unNumber, boolean reefer) {
        this.containerNo = containerNo;
        this.isoType = isoType;
        this.portOfDischarge = portOfDischarge;
        this.grossMassKg = grossMassKg;
        this.unNumber = unNumber;
        this.reefer = reefer;
        this.hazardClass = unNumber == null ? 0 : StowageRules.hazardClass(unNumber);
    }

    public String getContainerNo() { return containerNo; }
    public String getIsoType() { return isoType; }
    public String getPortOfDischarge() { return portOfDischarge; }
    public int getGrossMassKg() { return grossMassKg; }
    public String getUnNumber() { return unNumber; }
    public boolean isReefer() { return reefer; }
    public int getHazardClass() { return hazardClass; }
    public int getBay() { return bay; }
    public int getRow() { return row; }
    public int getTier() { return tier; }
    public boolean isFortyFoot() { return isoType.startsWith("4") || isoType.startsWith("L"); }

    public void placeAt(int bay, int row, int tier) {
        this.bay = bay;
        this.row = row;
        this.tier = tier;
        this.stowed = true;
    }

    public boolean isStowed() { return stowed; }
}
