package org.herbaria.reconcile;

/** One mounted herbarium sheet as digitised by a partner institution. */
public final class Specimen {
    private final String institutionCode;
    private final String catalogNumber;
    private String scientificName;
    private final String verbatimName;
    private String family;
    private final String recordedBy;
    private final String recordNumber;
    private final String eventDate;
    private final String countryCode;
    private final String locality;
    private final double decimalLatitude;
    private final double decimalLongitude;
    private final int minimumElevationInMeters;
    private String taxonomicStatus = "unresolved";
    private String georeferenceRemarks = "";
    private int duplicateCount;

    public Specimen(String institutionCode, String catalogNumber, String verbatimName, String recordedBy,
                    String recordNumber, String eventDate, String countryCode, String locality,
                    double decimalLatitude, double decimalLongitude, int minimumElevationInMeters) {
        this.institutionCode = institutionCode;
        this.catalogNumber = catalogNumber;
        this.verbatimName = verbatimName;
        this.scientificName = verbatimName;
        this.recordedBy = recordedBy;
        this.recordNumber = recordNumber;
        this.eventDate = eventDate;
        this.countryCode = countryCode;
        this.locality = locality;
        this.decimalLatitude = decimalLatitude;
        this.decimalLongitude = decimalLongitude;
        this.minimumElevationInMeters = minimumElevationInMeters;
    }

    public String getInstitutionCode() { return institutionCode; }
    public String getCatalogNumber() { return catalogNumber; }
    public String getScientificName() { return scientificName; }
    public String getVerbatimName() { return verbatimName; }
    public String getFamily() { return family; }
    public String getRecordedBy() { return recordedBy; }
    public String getRecordNumber() { return recordNumber; }
    public String getEventDate() { return eventDate; }
    public String getCountryCode() { return countryCode; }
    public String getLocality() { return locality; }
    public double getDecimalLatitude() { return decimalLatitude; }
    public double getDecimalLongitude() { return decimalLongitude; }
    public int getMinimumElevationInMeters() { return minimumElevationInMeters; }
    public String getTaxonomicStatus() { return taxonomicStatus; }
    public String getGeoreferenceRemarks() { return georeferenceRemarks; }
    public int getDuplicateCount() { return duplicateCount; }

    void acceptAs(String acceptedName, String family, String status) {
        this.scientificName = acceptedName;
        this.family = family;
        this.taxonomicStatus = status;
    }

    void setGeoreferenceRemarks(String remarks) { this.georeferenceRemarks = remarks; }
    void setDuplicateCount(int n) { this.duplicateCount = n; }
}
