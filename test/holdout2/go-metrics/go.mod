module example.com/holdout2/gometrics

go 1.19
