module tidegauge

go 1.19
