module harbourtide/tidegauge

go 1.19
