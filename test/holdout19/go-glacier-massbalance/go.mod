module glacier/massbalance

go 1.19
