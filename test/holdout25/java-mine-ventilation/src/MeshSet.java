package ventilation;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Fundamental meshes of the network from a spanning tree: every airway not
 * in the tree closes exactly one mesh.
 */
public final class MeshSet {
    final int[][] airways;   // airway ids per mesh
    final int[][] signs;     // +1 when the airway runs with the mesh direction
    final int[] chord;       // the closing airway of each mesh

    private MeshSet(int[][] airways, int[][] signs, int[] chord) {
        this.airways = airways;
        this.signs = signs;
        this.chord = chord;
    }

    static MeshSet of(MineNetwork net) {
        int n = net.nodeCount;
        List<List<int[]>> adj = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            adj.add(new ArrayList<>());
        }
        // Airways with high resistance make better chords, so explore the
        // low-resistance airways first when growing the tree.
        Airway[] sorted = net.airways.toArray(new Airway[0]);
        Arrays.sort(sorted, (a, b) -> Double.compare(a.resistance(), b.resistance()));
        for (Airway a : sorted) {
            adj.get(a.from).add(new int[]{a.to, a.id, +1});
            adj.get(a.to).add(new int[]{a.from, a.id, -1});
        }
        int[] parent = new int[n];
        int[] parentAirway = new int[n];
        int[] parentSign = new int[n];
        int[] depth = new int[n];
        Arrays.fill(parent, -2);
        boolean[] inTree = new boolean[net.airways.size()];
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        parent[0] = -1;
        queue.add(0);
        while (!queue.isEmpty()) {
            int u = queue.poll();
            for (int[] e : adj.get(u)) {
                int v = e[0];
                if (parent[v] == -2) {
                    parent[v] = u;
                    parentAirway[v] = e[1];
                    parentSign[v] = e[2]; // +1 when airway runs parent -> child
                    depth[v] = depth[u] + 1;
                    inTree[e[1]] = true;
                    queue.add(v);
                }
            }
        }
        List<int[]> meshAirways = new ArrayList<>();
        List<int[]> meshSigns = new ArrayList<>();
        List<Integer> chords = new ArrayList<>();
        for (Airway a : net.airways) {
            if (inTree[a.id]) {
                continue;
            }
            // Mesh direction follows the chord from -> to, then back through the tree.
            List<Integer> ids = new ArrayList<>();
            List<Integer> sg = new ArrayList<>();
            ids.add(a.id);
            sg.add(+1);
            int u = a.to;
            int v = a.from;
            List<Integer> tailIds = new ArrayList<>();
            List<Integer> tailSg = new ArrayList<>();
            while (u != v) {
                if (depth[u] >= depth[v]) {
                    // walking up from u: travel child -> parent
                    ids.add(parentAirway[u]);
                    sg.add(-parentSign[u]);
                    u = parent[u];
                } else {
                    // walking up from v, later traversed parent -> child
                    tailIds.add(parentAirway[v]);
                    tailSg.add(parentSign[v]);
                    v = parent[v];
                }
            }
            for (int i = tailIds.size() - 1; i >= 0; i--) {
                ids.add(tailIds.get(i));
                sg.add(tailSg.get(i));
            }
            meshAirways.add(ids.stream().mapToInt(Integer::intValue).toArray());
            meshSigns.add(sg.stream().mapToInt(Integer::intValue).toArray());
            chords.add(a.id);
        }
        return new MeshSet(meshAirways.toArray(new int[0][]), meshSigns.toArray(new int[0][]),
                chords.stream().mapToInt(Integer::intValue).toArray());
    }

    int size() {
        return chord.length;
    }
}
