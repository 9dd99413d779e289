module example.com/metricsrollup

go 1.19
