import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Floor grid of the fulfilment centre. Racks run north-south in pairs with a
 * travel aisle between pairs; cross aisles cut through every 18 rows. Each
 * SKU is slotted on a rack face and picked from the adjacent aisle cell.
 * Travel aisles are one-way, alternating north- and southbound.
 */
public class Warehouse {
    static final byte FLOOR = 0, RACK = 1, BLOCKED = 2;
    static final byte NORTH = 1, SOUTH = 2;

    final int width, height;
    final byte[] cells;
    final byte[] oneWay;      // 0 two-way, NORTH or SOUTH for one-way aisle cells
    final int[] skuFace;      // sku index -> aisle cell the SKU is picked from
    final int[] skuCode;      // sku index -> 5-digit code
    final int[] codeToSku;    // 5-digit code -> sku index, -1 if not slotted
    final int[] packStations;
    final int[] chargers;

    private Warehouse(int width, int height, int skus) {
        this.width = width;
        this.height = height;
        this.cells = new byte[width * height];
        this.oneWay = new byte[width * height];
        this.skuFace = new int[skus];
        this.skuCode = new int[skus];
        this.codeToSku = new int[100_000];
        java.util.Arrays.fill(codeToSku, -1);
        this.packStations = new int[8];
        this.chargers = new int[6];
    }

    static Warehouse standardLayout(int width, int height, long seed) {
        Random rng = new Random(seed);
        List<Integer> faces = new ArrayList<>();
        // racks: columns x%3 in {1,2} are racks, x%3==0 is an aisle; margins are open floor
        int top = 6, bottom = height - 8;
        Warehouse tmp = new Warehouse(width, height, 0);
        for (int y = top; y < bottom; y++) {
            if ((y - top) % 18 == 17) {
                continue; // cross aisle
            }
            for (int x = 3; x < width - 3; x++) {
                if (x % 3 != 0) {
                    tmp.cells[y * width + x] = RACK;
                }
            }
        }
        // building columns in the open floor areas north and south of the racking
        for (int x = 9; x < width - 9; x += 12) {
            tmp.cells[(top - 3) * width + x] = BLOCKED;
            tmp.cells[(bottom + 3) * width + x] = BLOCKED;
        }
        for (int y = top; y < bottom; y++) {
            for (int x = 3; x < width - 3; x++) {
                if (tmp.cells[y * width + x] == RACK) {
                    int aisle = x % 3 == 1 ? x - 1 : x + 1;
                    if (tmp.cells[y * width + aisle] == FLOOR) {
                        faces.add(y * width + aisle);
                    }
                }
            }
        }
        int skus = Math.min(faces.size() * 2, 60_000);
        Warehouse w = new Warehouse(width, height, skus);
        System.arraycopy(tmp.cells, 0, w.cells, 0, tmp.cells.length);
        // travel aisles between rack pairs alternate direction to avoid head-on deadlocks
        for (int y = top; y < bottom; y++) {
            if ((y - top) % 18 == 17) {
                continue;
            }
            for (int x = 3; x < width - 3; x += 3) {
                w.oneWay[y * width + x] = (x / 3) % 2 == 0 ? NORTH : SOUTH;
            }
        }
        for (int s = 0; s < skus; s++) {
            int code;
            do {
                code = 10_000 + rng.nextInt(90_000);
            } while (w.codeToSku[code] >= 0);
            w.skuCode[s] = code;
            w.codeToSku[code] = s;
            w.skuFace[s] = faces.get(rng.nextInt(faces.size()));
        }
        for (int i = 0; i < w.packStations.length; i++) {
            w.packStations[i] = (height - 2) * width + (i + 1) * width / (w.packStations.length + 1);
        }
        for (int i = 0; i < w.chargers.length; i++) {
            w.chargers[i] = 2 * width + (i + 1) * width / (w.chargers.length + 1);
        }
        return w;
    }

    boolean passable(int cell) {
        return cells[cell] == FLOOR;
    }

    int manhattan(int a, int b) {
        return Math.abs(a % width - b % width) + Math.abs(a / width - b / width);
    }

    int pickFaces() {
        int n = 0;
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                if (cells[y * width + x] == RACK) {
                    n++;
                }
            }
        }
        return n;
    }

    int skuCount() {
        return skuFace.length;
    }
}
