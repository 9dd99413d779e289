import java.util.Date;

public final class WeighTicket {
    final long id;
    final Date weighedAt;
    final int block;
    final String blockName;
    final String variety;
    final double tonnes;
    final double brix;
    final String crew;

    WeighTicket(long id, Date weighedAt, int block, String blockName, String variety,
                double tonnes, double brix, String crew) {
        this.id = id;
        this.weighedAt = weighedAt;
        this.block = block;
        this.blockName = blockName;
        this.variety = variety;
        this.tonnes = tonnes;
        this.brix = brix;
        this.crew = crew;
    }

    public long getId() { return id; }
    public long getWeighedAtMillis() { return weighedAt.getTime(); }
    public int getBlock() { return block; }
    public String getBlockName() { return blockName; }
    public String getVariety() { return variety; }
    public double getTonnes() { return tonnes; }
    public double getBrix() { return brix; }
    public String getCrew() { return crew; }

    double sugarKg() {
        // rough conversion: Brix ~ g sugar per 100 g juice, juice yield ~ 0.7
        return tonnes * 1000.0 * 0.7 * brix / 100.0;
    }
}
