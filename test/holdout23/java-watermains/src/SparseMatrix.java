package watermains;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Symmetric sparse matrix in compressed-row form with a fixed sparsity pattern. */
final class SparseMatrix {
    final int n;
    final int[] rowStart;
    final int[] col;
    final double[] val;
    final int[] diag;

    private SparseMatrix(int n, int[] rowStart, int[] col) {
        this.n = n;
        this.rowStart = rowStart;
        this.col = col;
        this.val = new double[col.length];
        this.diag = new int[n];
        for (int i = 0; i < n; i++) {
            diag[i] = find(i, i);
        }
    }

    /** Builds the pattern from a list of undirected edges between unknowns. */
    static SparseMatrix fromEdges(int n, int[] a, int[] b) {
        List<int[]> rows = new ArrayList<>(n);
        int[] counts = new int[n];
        for (int i = 0; i < n; i++) counts[i] = 1;
        for (int k = 0; k < a.length; k++) {
            if (a[k] >= 0 && b[k] >= 0 && a[k] != b[k]) {
                counts[a[k]]++;
                counts[b[k]]++;
            }
        }
        for (int i = 0; i < n; i++) {
            int[] r = new int[counts[i]];
            r[0] = i;
            rows.add(r);
            counts[i] = 1;
        }
        for (int k = 0; k < a.length; k++) {
            if (a[k] >= 0 && b[k] >= 0 && a[k] != b[k]) {
                rows.get(a[k])[counts[a[k]]++] = b[k];
                rows.get(b[k])[counts[b[k]]++] = a[k];
            }
        }
        int[] rowStart = new int[n + 1];
        int nnz = 0;
        for (int i = 0; i < n; i++) {
            int[] r = rows.get(i);
            Arrays.sort(r);
            int unique = 0;
            for (int j = 0; j < r.length; j++) {
                if (j == 0 || r[j] != r[j - 1]) r[unique++] = r[j];
            }
            rows.set(i, Arrays.copyOf(r, unique));
            rowStart[i] = nnz;
            nnz += unique;
        }
        rowStart[n] = nnz;
        int[] col = new int[nnz];
        for (int i = 0; i < n; i++) {
            System.arraycopy(rows.get(i), 0, col, rowStart[i], rows.get(i).length);
        }
        return new SparseMatrix(n, rowStart, col);
    }

    int find(int i, int j) {
        int pos = Arrays.binarySearch(col, rowStart[i], rowStart[i + 1], j);
        if (pos < 0) throw new IllegalStateException("no entry " + i + "," + j);
        return pos;
    }

    void clear() {
        Arrays.fill(val, 0);
    }

    void multiply(double[] x, double[] y) {
        for (int i = 0; i < n; i++) {
            double s = 0;
            for (int k = rowStart[i]; k < rowStart[i + 1]; k++) {
                s += val[k] * x[col[k]];
            }
            y[i] = s;
        }
    }

    /**
     * Solves A x = b with Jacobi-preconditioned conjugate gradients, starting
     * from the x passed in. Returns the number of iterations used.
     */
    int solve(double[] b, double[] x, double tolerance, int maxIterations, double[][] work) {
        double[] r = work[0], z = work[1], p = work[2], q = work[3];
        multiply(x, q);
        double bNorm = 0;
        for (int i = 0; i < n; i++) {
            r[i] = b[i] - q[i];
            bNorm += b[i] * b[i];
        }
        bNorm = Math.sqrt(bNorm);
        if (bNorm == 0) bNorm = 1;
        double rz = 0;
        for (int i = 0; i < n; i++) {
            z[i] = r[i] / val[diag[i]];
            p[i] = z[i];
            rz += r[i] * z[i];
        }
        int it = 0;
        while (it < maxIterations) {
            double rNorm = 0;
            for (int i = 0; i < n; i++) rNorm += r[i] * r[i];
            if (Math.sqrt(rNorm) <= tolerance * bNorm) break;
            multiply(p, q);
            double pq = 0;
            for (int i = 0; i < n; i++) pq += p[i] * q[i];
            double alpha = rz / pq;
            for (int i = 0; i < n; i++) {
                x[i] += alpha * p[i];
                r[i] -= alpha * q[i];
            }
            double rzNew = 0;
            for (int i = 0; i < n; i++) {
                z[i] = r[i] / val[diag[i]];
                rzNew += r[i] * z[i];
            }
            double beta = rzNew / rz;
            rz = rzNew;
            for (int i = 0; i < n; i++) p[i] = z[i] + beta * p[i];
            it++;
        }
        return it;
    }
}
