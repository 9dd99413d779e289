import java.text.ParseException;
import java.text.SimpleDateFormat;
import java.util.Date;
import java.util.Locale;

public final class ClaimParser {
    private static final String DATE_PATTERN = "yyyy-MM-dd";

    Claim parse(String line) {
        String[] f = line.split("\\|");
        if (f.length != 9) {
            return null;
        }
        String member = normalizeMemberId(f[1]);
        String dx = f[4].toUpperCase(Locale.ROOT);
        if (!isValidIcd10(dx)) {
            return null;
        }
        Date serviceDate = parseServiceDate(f[5]);
        if (serviceDate == null) {
            return null;
        }
        int procNumber = procedureNumber(f[3]);
        int units = Integer.parseInt(f[6]);
        double billed = Double.parseDouble(f[7]);
        return new Claim(f[0], member, f[2], f[3], procNumber, dx, serviceDate, units, billed, f[8]);
    }

    static String normalizeMemberId(String raw) {
        StringBuilder sb = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char ch = Character.toUpperCase(raw.charAt(i));
            if ((ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9')) {
                sb.append(ch);
            }
        }
        return sb.toString();
    }

    static boolean isValidIcd10(String code) {
        return code.matches("[A-TV-Z][0-9][0-9AB](\\.[0-9A-TV-Z]{1,4})?");
    }

    /** CPT codes are numeric; HCPCS level II codes start with a letter and map to -1. */
    static int procedureNumber(String code) {
        if (code.isEmpty() || !Character.isDigit(code.charAt(0))) {
            return -1;
        }
        return Integer.parseInt(code);
    }

    static Date parseServiceDate(String s) {
        SimpleDateFormat fmt = new SimpleDateFormat(DATE_PATTERN, Locale.US);
        fmt.setLenient(false);
        try {
            return fmt.parse(s);
        } catch (ParseException e) {
            return null;
        }
    }
}

final class Claim {
    final String claimId;
    final String memberId;
    final String providerNpi;
    final String procedureCode;
    final int procedureNumber;
    final String diagnosisCode;
    final Date serviceDate;
    final int units;
    final double billed;
    final String placeOfService;

    Claim(String claimId, String memberId, String providerNpi, String procedureCode, int procedureNumber,
          String diagnosisCode, Date serviceDate, int units, double billed, String placeOfService) {
        this.claimId = claimId;
        this.memberId = memberId;
        this.providerNpi = providerNpi;
        this.procedureCode = procedureCode;
        this.procedureNumber = procedureNumber;
        this.diagnosisCode = diagnosisCode;
        this.serviceDate = serviceDate;
        this.units = units;
        this.billed = billed;
        this.placeOfService = placeOfService;
    }
}
