package watermains;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A water distribution network: junctions, fixed-head sources and pipes. */
final class Network {
    enum NodeType { JUNCTION, RESERVOIR, TANK }

    static final class Node {
        final String id;
        final NodeType type;
        final double elevation;   // m
        final double baseDemand;  // m3/s
        final int pattern;
        double head;              // m; fixed for reservoirs, level-driven for tanks
        // Tank geometry.
        double tankDiameter;
        double tankLevel;
        double tankMinLevel;
        double tankMaxLevel;
        int index;                // position among junctions, or -1 for fixed-head nodes

        Node(String id, NodeType type, double elevation, double baseDemand, int pattern) {
            this.id = id;
            this.type = type;
            this.elevation = elevation;
            this.baseDemand = baseDemand;
            this.pattern = pattern;
        }

        boolean fixedHead() { return type != NodeType.JUNCTION; }
    }

    static final class Pipe {
        final String id;
        final Node from;
        final Node to;
        final double length;     // m
        final double diameter;   // m
        final double roughness;  // Hazen-Williams C
        final double resistance; // h = r Q^1.852

        Pipe(String id, Node from, Node to, double length, double diameter, double roughness) {
            this.id = id;
            this.from = from;
            this.to = to;
            this.length = length;
            this.diameter = diameter;
            this.roughness = roughness;
            this.resistance = 10.67 * length / (Math.pow(roughness, 1.852) * Math.pow(diameter, 4.871));
        }

        double area() { return Math.PI * diameter * diameter / 4; }
    }

    final List<Node> nodes = new ArrayList<>();
    final List<Node> junctions = new ArrayList<>();
    final List<Node> sources = new ArrayList<>();
    final List<Pipe> pipes = new ArrayList<>();
    final Map<String, Node> byId = new HashMap<>();
    final List<double[]> patterns = new ArrayList<>();

    Node add(Node n) {
        nodes.add(n);
        byId.put(n.id, n);
        if (n.fixedHead()) {
            n.index = -1;
            sources.add(n);
        } else {
            n.index = junctions.size();
            junctions.add(n);
        }
        return n;
    }

    Pipe connect(String id, String from, String to, double length, double diameter, double roughness) {
        Node a = byId.get(from);
        Node b = byId.get(to);
        if (a == null || b == null) {
            throw new IllegalArgumentException("pipe " + id + " references an unknown node");
        }
        Pipe p = new Pipe(id, a, b, length, diameter, roughness);
        pipes.add(p);
        return p;
    }

    Node node(String id) { return byId.get(id); }
}
