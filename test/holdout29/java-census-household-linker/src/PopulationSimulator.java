import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Produces deterministic census transcriptions for a set of registration
 * districts: families are simulated from 1831 and enumerated every ten
 * years, with the errors and conventions of real enumerators and volunteers.
 */
final class PopulationSimulator {
    private final SplittableRandom rng;

    PopulationSimulator(long seed) { rng = new SplittableRandom(seed); }

    private static final String[] DISTRICTS = {"Halifax", "Todmorden", "Saddleworth", "Keighley", "Skipton", "Settle",
            "Sedbergh", "Kendal", "Ulverston", "Bootle", "Whitehaven", "Cockermouth", "Wigton", "Brampton", "Haltwhistle", "Hexham",
            "Bellingham", "Rothbury", "Alnwick", "Belford", "Glendale", "Morpeth", "Castle Ward", "Tynemouth", "Gateshead", "Chester-le-Street",
            "Lanchester", "Weardale", "Teesdale", "Auckland", "Stockton", "Guisborough", "Stokesley", "Northallerton", "Bedale", "Leyburn",
            "Reeth", "Pateley Bridge", "Knaresborough", "Wetherby", "Tadcaster", "Pontefract", "Hemsworth", "Barnsley", "Penistone", "Wortley"};
    private static final String[] SURNAMES = {"Sutcliffe", "Greenwood", "Crabtree", "Uttley", "Hirst", "Ackroyd", "Barraclough",
            "Mitchell", "Lord", "Holt", "Fielden", "Ingham", "Whiteley", "Helliwell", "Horsfall", "Pickles", "Shackleton", "Wadsworth",
            "Riley", "Hartley", "Feather", "Moorhouse", "Clegg", "Butterworth", "Ormerod", "Dewhirst", "Stansfield", "Spencer",
            "Townend", "Hanson", "Jowett", "Binns", "Redman", "Bentham", "Dodgson", "Tyson", "Postlethwaite", "Wilson", "Atkinson",
            "Armstrong", "Routledge", "Graham", "Bell", "Dixon", "Robson", "Charlton", "Milburn", "Ridley", "Teasdale", "Nixon"};
    private static final String[] MALE = {"John", "William", "James", "Thomas", "Joseph", "George", "Richard", "Robert", "Samuel",
            "John Wm", "Henry", "Edward", "Abraham", "Isaac", "Jonathan", "Benjamin", "Charles", "Fred", "Joshua", "Law"};
    private static final String[] FEMALE = {"Mary", "Ann", "Sarah", "Elizabeth", "Hannah", "Jane", "Martha", "Betty", "Susannah",
            "Ellen", "Alice", "Grace", "Margaret", "Emma", "Harriet", "Nancy", "Esther", "Phoebe", "Sally", "Agnes"};
    private static final String[] MALE_OCC = {"Cotton Weaver", "Wool Comber", "Agricultural Labourer", "Stone Mason", "Farmer of 40 acres",
            "Coal Miner", "Cordwainer", "Joiner", "Carter", "Worsted Spinner", "Blacksmith", "Overlooker", "Publican", "Lead Miner"};
    private static final String[] FEMALE_OCC = {"", "", "", "Power Loom Weaver", "Dressmaker", "Worsted Spinner", "Charwoman",
            "Domestic Serv", "Laundress", "Cotton Winder"};
    private static final String[] STREETS = {"Fold", "Lane Head", "Bottom", "Street", "Row", "Yard", "Green", "Moor Side", "Town Gate", "Mill Hill"};
    private static final String[] COUNTIES = {"Yorks", "Yorkshire", "Lancs", "Westmorland", "Cumberland", "Northumberland", "Ireland", "Scotland"};

    private static final class Member {
        String forename, relation;
        boolean male;
        int birthYear, birthMonth;
        String county, parish;
        String occupation;
        int diedYear = 9999, leftYear = 9999;
    }

    private static final class Family {
        String surname, district, address;
        List<Member> members = new ArrayList<>();
        int movedYear = 9999;
        String newDistrict;
    }

    private String pick(String[] xs) { return xs[rng.nextInt(xs.length)]; }

    List<List<String>> transcribe(int districts, int[] years) {
        List<Family> families = new ArrayList<>();
        int perDistrict = 2300;
        for (int d = 0; d < districts; d++) {
            String district = DISTRICTS[d % DISTRICTS.length];
            for (int i = 0; i < perDistrict; i++) families.add(newFamily(district));
        }
        List<List<String>> out = new ArrayList<>();
        for (int year : years) {
            List<String> lines = new ArrayList<>();
            int folio = 1, schedule = 0;
            int piece = 2000 + (year - 1841) * 120;
            for (Family f : families) {
                schedule++;
                if (schedule > 30) {
                    schedule = 1;
                    folio++;
                }
                if (folio > 400) {
                    folio = 1;
                    piece++;
                }
                String line = enumerate(f, year, "HO107/" + piece, folio, schedule);
                if (line == null) continue;
                lines.add(line);
                if (rng.nextInt(100) < 55) lines.add(rekey(line));
            }
            out.add(lines);
            // a new generation of households forms each decade
            int formed = families.size() / 9;
            for (int i = 0; i < formed; i++) families.add(newFamily(DISTRICTS[rng.nextInt(districts) % DISTRICTS.length]));
        }
        return out;
    }

    private Family newFamily(String district) {
        Family f = new Family();
        f.surname = pick(SURNAMES);
        f.district = district;
        f.address = (1 + rng.nextInt(60)) + " " + pick(SURNAMES) + " " + pick(STREETS);
        String county = rng.nextInt(10) < 7 ? "Yorks" : pick(COUNTIES);
        int headBorn = 1790 + rng.nextInt(45);
        Member head = member(true, headBorn, "Head", county, district);
        head.occupation = pick(MALE_OCC);
        f.members.add(head);
        Member wife = member(false, headBorn + rng.nextInt(9) - 2, "Wife", rng.nextInt(10) < 6 ? county : pick(COUNTIES), district);
        wife.occupation = pick(FEMALE_OCC);
        f.members.add(wife);
        int children = rng.nextInt(9);
        int born = headBorn + 22 + rng.nextInt(6);
        for (int c = 0; c < children; c++) {
            born += 1 + rng.nextInt(3);
            boolean male = rng.nextBoolean();
            Member ch = member(male, born, male ? "Son" : "Daur", "Yorks", district);
            ch.occupation = "";
            if (rng.nextInt(6) == 0) ch.diedYear = born + rng.nextInt(5);
            ch.leftYear = born + 17 + rng.nextInt(10);
            f.members.add(ch);
        }
        if (rng.nextInt(5) == 0) {
            Member lodger = member(rng.nextBoolean(), 1780 + rng.nextInt(60), rng.nextBoolean() ? "Lodger" : "Serv", pick(COUNTIES), district);
            lodger.occupation = lodger.male ? pick(MALE_OCC) : "Domestic Serv";
            lodger.leftYear = 1841 + rng.nextInt(30);
            f.members.add(lodger);
        }
        head.diedYear = headBorn + 45 + rng.nextInt(40);
        if (rng.nextInt(8) == 0) {
            f.movedYear = 1845 + rng.nextInt(35);
            f.newDistrict = pick(DISTRICTS);
        }
        return f;
    }

    private Member member(boolean male, int birthYear, String relation, String county, String district) {
        Member m = new Member();
        m.male = male;
        m.forename = male ? pick(MALE) : pick(FEMALE);
        m.relation = relation;
        m.birthYear = birthYear;
        m.birthMonth = rng.nextInt(12);
        m.county = county;
        m.parish = county.startsWith("York") ? district : pick(DISTRICTS);
        return m;
    }

    private String enumerate(Family f, int year, String piece, int folio, int schedule) {
        if (f.members.get(0).diedYear < year) return null;
        String district = year >= f.movedYear ? f.newDistrict : f.district;
        StringBuilder sb = new StringBuilder(256);
        sb.append(piece).append('|').append(folio).append('|').append(schedule).append('|').append(district)
                .append('|').append(f.address).append('|').append(district).append('|');
        boolean first = true;
        for (Member m : f.members) {
            int ageMonths = (year - m.birthYear) * 12 + (5 - m.birthMonth);
            if (ageMonths < 0 || m.diedYear < year || m.leftYear < year) continue;
            if (!first) sb.append(';');
            first = false;
            sb.append(spellForename(m.forename)).append('^').append(spellSurname(f.surname)).append('^').append(m.relation).append('^')
                    .append(m.relation.equals("Head") || m.relation.equals("Wife") ? "Mar" : "Unm").append('^')
                    .append(transcribeAge(ageMonths, year)).append('^').append(m.occupation == null ? "" : m.occupation).append('^')
                    .append(m.county).append('^').append(m.parish);
        }
        return sb.toString();
    }

    /** 1841 enumerators rounded adult ages down to 5 years; infants are given in months. */
    private String transcribeAge(int months, int year) {
        int years = months / 12;
        int r = rng.nextInt(1000);
        if (years == 0) return r < 500 ? (months + "m") : r < 800 ? (months + " mo") : (Math.max(1, months * 4) + "w");
        if (year == 1841 && years >= 15) years -= years % 5;
        if (r < 6) years += rng.nextInt(3) - 1;
        if (r < 70) return years + "?";
        if (r < 110) return "abt " + years;
        if (r < 150) return "[" + years + "]";
        return Integer.toString(years);
    }

    private String spellForename(String s) {
        int r = rng.nextInt(40);
        if (r == 0 && s.equals("William")) return "Wm";
        if (r == 1 && s.equals("Elizabeth")) return "Eliz";
        if (r == 2 && s.length() > 4) return s.substring(0, s.length() - 1);
        return s;
    }

    private String spellSurname(String s) {
        int r = rng.nextInt(30);
        if (r == 0) return s.replace("ey", "y");
        if (r == 1) return s + "e";
        if (r == 2) return s.toLowerCase();
        return s;
    }

    /** Second volunteer keying: mostly identical, sometimes with a typo. */
    private String rekey(String line) {
        if (rng.nextInt(10) > 0) return line;
        int i = line.lastIndexOf('^');
        return line.substring(0, i) + "^" + line.substring(i + 1).toUpperCase();
    }
}
