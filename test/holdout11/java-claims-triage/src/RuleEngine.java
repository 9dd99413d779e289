import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;

/**
 * Evaluates the routing rules against a claim. Rules reference claim
 * properties by name so that the operations team can change them without a
 * release.
 */
final class RuleEngine {
    static final class Outcome {
        int score;
        String queue = "STANDARD";
        final List<String> fired = new ArrayList<>(4);
    }

    private final List<TriageRule> rules;

    RuleEngine(List<TriageRule> rules) {
        this.rules = rules;
    }

    static RuleEngine defaultRules() {
        List<TriageRule> r = new ArrayList<>();
        r.add(new TriageRule("large-loss", "claimedAmount", TriageRule.Op.GE, 25000.0, 40, "LARGE_LOSS"));
        r.add(new TriageRule("medium-loss", "claimedAmount", TriageRule.Op.GE, 5000.0, 10, null));
        r.add(new TriageRule("small-glass", "lossType", TriageRule.Op.EQ, "GLASS", -20, "FAST_TRACK"));
        r.add(new TriageRule("late-report", "reportDelayDays", TriageRule.Op.GT, 30L, 25, null));
        r.add(new TriageRule("very-late-report", "reportDelayDays", TriageRule.Op.GT, 90L, 30, "SIU"));
        r.add(new TriageRule("new-policy", "policyTenureMonths", TriageRule.Op.LT, 3, 20, null));
        r.add(new TriageRule("repeat-claimant", "priorClaims", TriageRule.Op.GE, 3, 20, null));
        r.add(new TriageRule("injuries", "injuryCount", TriageRule.Op.GE, 1, 15, "BODILY_INJURY"));
        r.add(new TriageRule("old-vehicle", "vehicleAge", TriageRule.Op.GT, 15, 5, null));
        r.add(new TriageRule("vehicle-theft", "lossType", TriageRule.Op.EQ, "THEFT_VEHICLE", 15, null));
        r.add(new TriageRule("keys-missing", "description", TriageRule.Op.CONTAINS, "keys missing", 25, "SIU"));
        r.add(new TriageRule("holiday-burglary", "description", TriageRule.Op.CONTAINS, "holiday", 10, null));
        r.add(new TriageRule("jewellery", "description", TriageRule.Op.CONTAINS, "jewellery", 15, null));
        r.add(new TriageRule("fire", "lossType", TriageRule.Op.EQ, "FIRE", 10, null));
        r.add(new TriageRule("no-shop", "repairShopId", TriageRule.Op.EQ, ClaimParser.MISSING, 0, null));
        r.add(new TriageRule("partner-shop", "repairShopId", TriageRule.Op.LT, 2100, -10, null));
        r.add(new TriageRule("urgent", "description", TriageRule.Op.CONTAINS, "urgent", 5, null));
        r.add(new TriageRule("liability", "lossType", TriageRule.Op.EQ, "LIABILITY", 5, null));
        return new RuleEngine(r);
    }

    Outcome evaluate(Claim claim) {
        Outcome out = new Outcome();
        for (TriageRule rule : rules) {
            Object value = property(claim, rule.property);
            if (matches(rule, value)) {
                out.score += rule.points;
                out.fired.add(rule.name);
                if (rule.queue != null && priority(rule.queue) > priority(out.queue)) {
                    out.queue = rule.queue;
                }
            }
        }
        if (out.queue.equals("STANDARD") && out.score <= 0) {
            out.queue = "FAST_TRACK";
        }
        return out;
    }

    private static Object property(Object bean, String name) {
        String getter = "get" + Character.toUpperCase(name.charAt(0)) + name.substring(1);
        try {
            Method m = bean.getClass().getMethod(getter);
            return m.invoke(bean);
        } catch (NoSuchMethodException | IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("rule references unknown property " + name, e);
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static boolean matches(TriageRule rule, Object value) {
        switch (rule.op) {
            case EQ:
                return value.equals(rule.operand);
            case NE:
                return !value.equals(rule.operand);
            case CONTAINS:
                return value.toString().contains((String) rule.operand);
            default:
                if ((value instanceof Integer) && ((Integer) value) == ClaimParser.MISSING) {
                    return false;
                }
                int c = ((Comparable) value).compareTo(rule.operand);
                switch (rule.op) {
                    case GT: return c > 0;
                    case GE: return c >= 0;
                    case LT: return c < 0;
                    default: return false;
                }
        }
    }

    private static int priority(String queue) {
        switch (queue) {
            case "SIU": return 4;
            case "LARGE_LOSS": return 3;
            case "BODILY_INJURY": return 2;
            case "STANDARD": return 1;
            default: return 0;
        }
    }
}
