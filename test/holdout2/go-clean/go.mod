module example.com/holdout2/goclean

go 1.19
