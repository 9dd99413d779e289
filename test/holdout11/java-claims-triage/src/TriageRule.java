/** One configurable routing rule, as maintained by the claims operations team. */
final class TriageRule {
    enum Op { EQ, NE, GT, GE, LT, CONTAINS }

    final String name;
    final String property;
    final Op op;
    final Object operand;
    final int points;
    final String queue;

    TriageRule(String name, String property, Op op, Object operand, int points, String queue) {
        this.name = name;
        this.property = property;
        this.op = op;
        this.operand = operand;
        this.points = points;
        this.queue = queue;
    }
}
