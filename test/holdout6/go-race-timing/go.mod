module holdout6/race-timing

go 1.19
