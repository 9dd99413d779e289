package works.dyehouse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Colour kitchen of a textile dye house: for each customer shade standard,
 * formulates a three-dye recipe by Kubelka-Munk prediction and CIEDE2000
 * optimisation, checks metamerism under tungsten light, and plans the
 * dyeing vats for the week.
 */
public final class DyeHouse {

    public static void main(String[] args) throws IOException {
        long seed = args.length > 0 ? Long.parseLong(args[0]) : 1893L;
        int standards = args.length > 1 ? Integer.parseInt(args[1]) : 5200;
        Path workDir = Files.createTempDirectory("dyehouse-");
        try {
            run(seed, standards, workDir);
        } finally {
            try (var paths = Files.walk(workDir)) {
                paths.sorted((a, b) -> b.getNameCount() - a.getNameCount()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static void run(long seed, int count, Path workDir) throws IOException {
        SplittableRandom rng = new SplittableRandom(seed);
        DyeLibrary library = DyeLibrary.standardRange();
        Colorimeter d65 = new Colorimeter(Illuminant.D65);
        Colorimeter tungsten = new Colorimeter(Illuminant.A);
        RecipeOptimizer optimizer = new RecipeOptimizer(library, d65);

        List<ShadeStandard> standards = ShadeStandard.generate(rng.split(), library, count);
        List<Recipe> recipes = new ArrayList<>(standards.size());
        int passed = 0;
        int metameric = 0;
        for (ShadeStandard std : standards) {
            Recipe r = optimizer.formulate(std);
            double[] predicted = library.reflectance(r.dyes(), r.concentrations(), std.substrate());
            double dD65 = CieDe2000.deltaE(d65.lab(std.reflectance()), d65.lab(predicted));
            double dA = CieDe2000.deltaE(tungsten.lab(std.reflectance()), tungsten.lab(predicted));
            r = r.withChecks(dD65, dA);
            if (dD65 <= std.tolerance()) {
                passed++;
            }
            if (dA - dD65 > 0.8) {
                metameric++;
            }
            recipes.add(r);
        }
        VatPlan plan = VatScheduler.plan(recipes, 14, 1500.0);
        Path report = workDir.resolve("colour-kitchen.txt");
        LabReport.write(report, recipes, plan);
        System.out.printf("standards=%d within-tolerance=%d metameric=%d vats=%d batches=%d report=%d bytes%n",
                count, passed, metameric, plan.vatCount(), plan.batchCount(), Files.size(report));
        System.out.println("mean dE00 (D65) = " + String.format("%.3f", recipes.stream().mapToDouble(Recipe::deltaD65).average().orElse(0)));
    }
}
