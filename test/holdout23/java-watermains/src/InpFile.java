package watermains;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads and writes networks in a sectioned text format close to EPANET's .inp files. */
final class InpFile {
    private InpFile() {}

    static void write(Network net, Path file) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            StringBuilder sb = new StringBuilder(128);
            w.write("[TITLE]\nTown network planning model\n\n[JUNCTIONS]\n;ID elevation demand_lps pattern\n");
            for (Network.Node n : net.junctions) {
                sb.setLength(0);
                sb.append(n.id).append(' ');
                Fmt.fixed(sb, n.elevation, 2).append(' ');
                Fmt.fixed(sb, n.baseDemand * 1000, 4).append(' ').append(n.pattern).append('\n');
                w.write(sb.toString());
            }
            w.write("\n[RESERVOIRS]\n");
            for (Network.Node n : net.sources) {
                if (n.type == Network.NodeType.RESERVOIR) {
                    sb.setLength(0);
                    sb.append(n.id).append(' ');
                    Fmt.fixed(sb, n.head, 2).append('\n');
                    w.write(sb.toString());
                }
            }
            w.write("\n[TANKS]\n;ID elevation init_level min_level max_level diameter\n");
            for (Network.Node n : net.sources) {
                if (n.type == Network.NodeType.TANK) {
                    sb.setLength(0);
                    sb.append(n.id).append(' ');
                    Fmt.fixed(sb, n.elevation, 2).append(' ');
                    Fmt.fixed(sb, n.tankLevel, 2).append(' ');
                    Fmt.fixed(sb, n.tankMinLevel, 2).append(' ');
                    Fmt.fixed(sb, n.tankMaxLevel, 2).append(' ');
                    Fmt.fixed(sb, n.tankDiameter, 2).append('\n');
                    w.write(sb.toString());
                }
            }
            w.write("\n[PIPES]\n;ID from to length_m diameter_mm roughness\n");
            for (Network.Pipe p : net.pipes) {
                sb.setLength(0);
                sb.append(p.id).append(' ').append(p.from.id).append(' ').append(p.to.id).append(' ');
                Fmt.fixed(sb, p.length, 1).append(' ');
                Fmt.fixed(sb, p.diameter * 1000, 0).append(' ');
                Fmt.fixed(sb, p.roughness, 0).append('\n');
                w.write(sb.toString());
            }
            w.write("\n[PATTERNS]\n");
            for (int i = 0; i < net.patterns.size(); i++) {
                sb.setLength(0);
                sb.append(i);
                for (double m : net.patterns.get(i)) {
                    sb.append(' ');
                    Fmt.fixed(sb, m, 3);
                }
                sb.append('\n');
                w.write(sb.toString());
            }
            w.write("\n[END]\n");
        }
    }

    static Network read(Path file) throws IOException {
        Network net = new Network();
        List<String[]> pipeRows = new ArrayList<>();
        String section = "";
        String[] tokens = new String[16];
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            while ((line = r.readLine()) != null) {
                int comment = line.indexOf(';');
                if (comment >= 0) {
                    line = line.substring(0, comment);
                }
                int n = tokenize(line, tokens);
                if (n == 0) {
                    continue;
                }
                if (tokens[0].startsWith("[")) {
                    section = tokens[0];
                    continue;
                }
                switch (section) {
                    case "[JUNCTIONS]" -> net.add(new Network.Node(tokens[0], Network.NodeType.JUNCTION,
                            Double.parseDouble(tokens[1]), Double.parseDouble(tokens[2]) / 1000,
                            Integer.parseInt(tokens[3])));
                    case "[RESERVOIRS]" -> {
                        Network.Node res = net.add(new Network.Node(tokens[0], Network.NodeType.RESERVOIR, 0, 0, -1));
                        res.head = Double.parseDouble(tokens[1]);
                    }
                    case "[TANKS]" -> {
                        Network.Node t = net.add(new Network.Node(tokens[0], Network.NodeType.TANK,
                                Double.parseDouble(tokens[1]), 0, -1));
                        t.tankLevel = Double.parseDouble(tokens[2]);
                        t.tankMinLevel = Double.parseDouble(tokens[3]);
                        t.tankMaxLevel = Double.parseDouble(tokens[4]);
                        t.tankDiameter = Double.parseDouble(tokens[5]);
                        t.head = t.elevation + t.tankLevel;
                    }
                    case "[PIPES]" -> pipeRows.add(new String[] {tokens[0], tokens[1], tokens[2], tokens[3], tokens[4], tokens[5]});
                    case "[PATTERNS]" -> {
                        double[] m = new double[n - 1];
                        for (int i = 1; i < n; i++) {
                            m[i - 1] = Double.parseDouble(tokens[i]);
                        }
                        net.patterns.add(m);
                    }
                    default -> { }
                }
            }
        }
        for (String[] p : pipeRows) {
            net.connect(p[0], p[1], p[2], Double.parseDouble(p[3]), Double.parseDouble(p[4]) / 1000,
                    Double.parseDouble(p[5]));
        }
        return net;
    }

    /** Splits on spaces and tabs into the given array, returning the token count. */
    static int tokenize(String line, String[] out) {
        int count = 0;
        int i = 0;
        int len = line.length();
        while (i < len && count < out.length) {
            while (i < len && (line.charAt(i) == ' ' || line.charAt(i) == '\t')) {
                i++;
            }
            int start = i;
            while (i < len && line.charAt(i) != ' ' && line.charAt(i) != '\t') {
                i++;
            }
            if (i > start) {
                out[count++] = line.substring(start, i);
            }
        }
        return count;
    }
}
