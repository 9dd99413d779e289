module holdout7/seed-bank

go 1.19
