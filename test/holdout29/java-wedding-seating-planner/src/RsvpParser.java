/**
 * Parses RSVP return lines as exported from the wedding website:
 * id;first;last;party;response;meal;dietary;age;side
 */
final class RsvpParser {
    private final String[] fields = new String[9];

    Guest parse(String line) {
        int n = 0, from = 0;
        while (n < 9) {
            int to = line.indexOf(';', from);
            if (to < 0) to = line.length();
            fields[n++] = line.substring(from, to);
            from = to + 1;
            if (to == line.length()) break;
        }
        if (n != 9) return null;
        int id = parseInt(fields[0]);
        int party = parseInt(fields[3]);
        int age = parseInt(fields[7]);
        if (id < 0 || party < 0 || age < 0) return null;
        boolean yes = fields[4].equalsIgnoreCase("yes") || fields[4].equalsIgnoreCase("accepts");
        Guest.Meal meal = meal(fields[5], age);
        String diet = fields[6];
        return new Guest(id, fields[1], fields[2], party, yes, meal,
                diet.indexOf("gluten") >= 0 || diet.indexOf("coeliac") >= 0, diet.indexOf("nut") >= 0,
                age, fields[8].isEmpty() ? 'B' : fields[8].charAt(0));
    }

    private static int parseInt(String s) {
        if (s.isEmpty() || s.length() > 9) return -1;
        int v = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') return -1;
            v = v * 10 + (c - '0');
        }
        return v;
    }

    private static Guest.Meal meal(String s, int age) {
        if (age < 12) return Guest.Meal.CHILD;
        if (s.isEmpty()) return Guest.Meal.BEEF;
        switch (Character.toLowerCase(s.charAt(0))) {
            case 'f': return Guest.Meal.FISH;
            case 'v': return s.length() > 3 && Character.toLowerCase(s.charAt(3)) == 'a' ? Guest.Meal.VEGAN : Guest.Meal.VEGETARIAN;
            default: return Guest.Meal.BEEF;
        }
    }
}
