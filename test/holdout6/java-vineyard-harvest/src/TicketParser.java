import java.util.Date;

public final class TicketParser {
    private final BlockRegistry registry;

    TicketParser(BlockRegistry registry) {
        this.registry = registry;
    }

    WeighTicket parse(String line) {
        String[] f = line.split("\\|");
        if (f.length != 7) {
            return null;
        }
        long id = Long.parseLong(f[0]);
        Date at = new Date(Long.parseLong(f[1]));
        int block = resolveBlock(f[2]);
        if (block < 0) {
            return null;
        }
        String variety = canonicalVariety(f[3]);
        double tonnes = Double.parseDouble(f[4]);
        double brix = Double.parseDouble(f[5]);
        if (tonnes <= 0 || brix < 15 || brix > 32) {
            return null;
        }
        return new WeighTicket(id, at, block, registry.nameOf(block), variety, tonnes, brix, f[6]);
    }

    private int resolveBlock(String raw) {
        String s = raw.trim();
        if (!s.isEmpty() && s.length() < 6 && s.chars().allMatch(Character::isDigit)) {
            return Integer.parseInt(s);
        }
        Integer id = registry.idOf(s);
        return id == null ? -1 : id;
    }

    static String canonicalVariety(String raw) {
        String v = raw.trim().replaceAll("\\s+", " ");
        if (v.matches("(?i)pinot (noir|gris|blanc)")) {
            return "Pinot " + Character.toUpperCase(v.charAt(6)) + v.substring(7).toLowerCase();
        }
        if (v.matches("(?i)cabernet (franc|sauvignon)")) {
            return "Cabernet " + Character.toUpperCase(v.charAt(9)) + v.substring(10).toLowerCase();
        }
        return Character.toUpperCase(v.charAt(0)) + v.substring(1);
    }
}
