module holdout5/vaccine-coldchain

go 1.19
