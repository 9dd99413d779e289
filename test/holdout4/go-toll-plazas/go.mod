module holdout4/tollplazas

go 1.19
